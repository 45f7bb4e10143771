package org.procuredesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.procuredesk.system.DatabaseUnreachable;
import org.procuredesk.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whatever goes wrong while a person works in the UI reaches them as a translated notification:
 * a refused request with its reason, the database out of reach as "try again in a minute", anything unexpected
 * with an incident number. Never a stack trace.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside any UI", event.getThrowable());
            return;
        }
        String text = text(ui, event.getThrowable());
        ui.access(() -> {
            Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    /** What the person is told of the failure, in their language. */
    static String text(UI ui, Throwable failure) {
        return DatabaseUnreachable.caused(failure) ? ui.getTranslation("problem.databaseUnreachable")
                : message(ui, rootCause(failure));
    }

    private static String message(UI ui, Throwable failure) {
        if (failure instanceof DomainException refusal) {
            return ui.getTranslation(refusal.getMessageKey(), refusal.getArguments());
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().iterator().next().getMessage();
        }
        if (failure instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("problem.changedMeanwhile");
        }
        if (failure instanceof AccessDeniedException) {
            LOG.warn("Refused an action in the UI: {}", failure.getMessage());
            return ui.getTranslation("problem.forbidden");
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} in the UI", incident, failure);
        return ui.getTranslation("problem.unexpected", incident);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof DomainException || cause instanceof ConstraintViolationException
                || cause instanceof OptimisticLockingFailureException || cause instanceof AccessDeniedException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
