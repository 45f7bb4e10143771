package org.procuredesk.system.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Runs the service call a form's save asks for. When the service refuses, its reasons are shown on the
 * fields they name, in the language of the UI, and the form stays open; success is announced. A refusal
 * that names no field of the form goes on to {@link UiErrorHandling}.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** @return whether the call succeeded */
    public static boolean succeeded(RecordForm<?> form, Runnable call) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        // Bean Validation writes its messages in the language of the current request; here that is the UI's
        LocaleContextHolder.setLocale(UI.getCurrent().getLocale());
        try {
            call.run();
        } catch (ConstraintViolationException invalid) {
            List<Boolean> shown = invalid.getConstraintViolations().stream()
                    .map(violation -> form.showError(Violations.field(violation), violation.getMessage()))
                    .toList();
            if (shown.contains(false)) {
                throw invalid;
            }
            return false;
        } catch (DomainException refusal) {
            String message = form.getTranslation(refusal.getMessageKey(), refusal.getArguments());
            if (refusal.getField().filter(field -> form.showError(field, message)).isEmpty()) {
                throw refusal;
            }
            return false;
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
        Notification saved = Notification.show(form.getTranslation("notification.saved"), 3000,
                Notification.Position.BOTTOM_START);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }
}
