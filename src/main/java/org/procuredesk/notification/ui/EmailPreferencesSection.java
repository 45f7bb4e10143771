package org.procuredesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Set;
import org.procuredesk.notification.EmailPreferences;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationPreferences;
import org.procuredesk.system.ui.FormSubmission;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * What the signed-in person is e-mailed about: e-mail at all, and each kind of notification. The kinds
 * wait, greyed out, while e-mail is off, and are as they were when it is turned on again.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class EmailPreferencesSection extends VerticalLayout {

    private final NotificationPreferences preferences;
    private final String username;
    private final Checkbox emailEnabled = new Checkbox();
    private final CheckboxGroup<NotificationKind> emailedKinds = new CheckboxGroup<>();

    EmailPreferencesSection(NotificationPreferences preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.username = authentication.getPrincipalName().orElseThrow();
        setPadding(false);
        emailEnabled.setId("email-enabled");
        emailEnabled.setLabel(getTranslation("notification.email.enabled"));
        emailEnabled.addValueChangeListener(changed -> emailedKinds.setEnabled(changed.getValue()));
        emailedKinds.setId("email-kinds");
        emailedKinds.setLabel(getTranslation("notification.email.kinds"));
        emailedKinds.setItems(NotificationKind.values());
        emailedKinds.setItemLabelGenerator(kind -> getTranslation("notification.kind." + kind.name()));
        emailedKinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-email-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(emailEnabled, emailedKinds, save);
        show(preferences.preferences(username));
    }

    private void show(EmailPreferences shown) {
        emailEnabled.setValue(shown.emailEnabled());
        emailedKinds.setEnabled(shown.emailEnabled());
        Set<NotificationKind> emailed = EnumSet.allOf(NotificationKind.class);
        emailed.removeAll(shown.kindsWithoutEmail());
        emailedKinds.setValue(emailed);
    }

    private void save() {
        Set<NotificationKind> withoutEmail = EnumSet.allOf(NotificationKind.class);
        withoutEmail.removeAll(emailedKinds.getValue());
        show(preferences.update(username, new EmailPreferences(emailEnabled.getValue(), withoutEmail)));
        FormSubmission.notifySuccess(getTranslation("notification.saved"));
    }
}
