package org.procuredesk.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.procuredesk.system.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a stack trace when a view fails: a translated message and an incident number to quote; or, when
 * the database is out of reach, that it is and to try again in a minute.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseUnreachable.caused(parameter.getCaughtException())) {
            LOG.warn("Could not open '{}': the database cannot be reached", event.getLocation().getPath());
            add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("problem.databaseUnreachable")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} opening '{}'", incident, event.getLocation().getPath(), parameter.getCaughtException());
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("problem.unexpected", incident)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
