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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of a stack trace when a view fails: a translated message and an incident number to quote. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} opening '{}'", incident, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("problem.unexpected", incident)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
