package org.procuredesk.system.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Runs the service call a form's save asks for. When the service refuses, its reasons are shown on the
 * fields they name, in the language of the UI, and the form stays open. A refusal that names no field of
 * the form goes on to {@link UiErrorHandling}.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Saves, and announces success. @return whether the call succeeded */
    public static boolean succeeded(FieldErrors form, Runnable call) {
        boolean succeeded = ran(form, call);
        if (succeeded) {
            notifySuccess(UI.getCurrent().getTranslation("notification.saved"));
        }
        return succeeded;
    }

    /** @return whether the call succeeded; the caller tells the person what came of it */
    public static boolean ran(FieldErrors form, Runnable call) {
        return result(form, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the call's answer; none when the service refused and the form shows why */
    public static <R> Optional<R> result(FieldErrors form, Supplier<R> call) {
        UI ui = UI.getCurrent();
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        // Bean Validation writes its messages in the language of the current request; here that is the UI's
        LocaleContextHolder.setLocale(ui.getLocale());
        try {
            return Optional.of(call.get());
        } catch (ConstraintViolationException invalid) {
            List<Boolean> shown = invalid.getConstraintViolations().stream()
                    .map(violation -> form.showError(Violations.field(violation), violation.getMessage()))
                    .toList();
            if (shown.contains(false)) {
                throw invalid;
            }
            return Optional.empty();
        } catch (DomainException refusal) {
            String message = ui.getTranslation(refusal.getMessageKey(), refusal.getArguments());
            if (refusal.getField().filter(field -> form.showError(field, message)).isEmpty()) {
                throw refusal;
            }
            return Optional.empty();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The call, with its refusals that name no field put on this one: the field such a refusal is about. */
    public static Runnable refusalsOn(String field, Runnable call) {
        Supplier<Boolean> ran = answerRefusedOn(field, () -> {
            call.run();
            return Boolean.TRUE;
        });
        return ran::get;
    }

    /** The call with an answer, with its refusals that name no field put on this one. */
    public static <R> Supplier<R> answerRefusedOn(String field, Supplier<R> call) {
        return () -> {
            try {
                return call.get();
            } catch (DomainException refusal) {
                throw refusal.getField().isPresent() ? refusal
                        : DomainException.ofField(field, refusal.getMessageKey(), refusal.getArguments());
            }
        };
    }

    public static void notifySuccess(String text) {
        Notification done = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
