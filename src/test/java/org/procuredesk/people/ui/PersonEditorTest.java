package org.procuredesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.Role;
import org.procuredesk.ui.Find;

class PersonEditorTest {

    private final PersonEditor editor = new PersonEditor();

    @Test
    void firesTheEnteredPersonWithTheVersionItWasOpenedAtAndWithoutAPasswordWhenNoneIsTyped() {
        List<PersonForm> saved = new ArrayList<>();
        editor.addSaveListener(save -> saved.add(save.getRecord()));
        editor.edit(7L, new PersonForm("ana.requester", "Ana Popescu", "ana@example.org", null, null,
                EnumSet.of(Role.REQUESTER), true, null, 3L));

        Find.byId(editor, "person-fullName", TextField.class).setValue("Ana Maria Popescu");
        Find.byId(editor, "person-save", Button.class).click();

        assertThat(saved).containsExactly(new PersonForm("ana.requester", "Ana Maria Popescu", "ana@example.org",
                null, null, EnumSet.of(Role.REQUESTER), true, null, 3L));
    }

    @Test
    void showsARefusalOnTheFieldItNamesAndClearsItWhenAnotherPersonIsOpened() {
        editor.edit(null, PersonForm.blank());

        assertThat(editor.showError("username", "taken")).isTrue();
        assertThat(editor.showError("nonsense", "no such field")).isFalse();
        TextField username = Find.byId(editor, "person-username", TextField.class);
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("taken");

        editor.edit(null, PersonForm.blank());
        assertThat(username.isInvalid()).isFalse();
    }
}
