package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.system.ui.FieldsForm;

/** What was done to repair the asset, and whether it works again: the form of the in-house and the paid repair. */
final class RepairWork {

    private RepairWork() {
    }

    /** @param record records the repair through its task's service */
    static Component form(Consumer<RepairForms.Repair> record, Runnable completed) {
        FieldsForm form = new FieldsForm("repair");
        TextArea note = form.field("note", new TextArea(form.getTranslation("repair.note")));
        note.setRequiredIndicatorVisible(true);
        return form
                .button("repaired", "repair.repaired",
                        () -> record.accept(new RepairForms.Repair(true, note.getValue())), completed)
                .button("notRepaired", "repair.notRepaired",
                        () -> record.accept(new RepairForms.Repair(false, note.getValue())), completed);
    }
}
