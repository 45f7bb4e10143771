package org.procuredesk.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A UI that is current during each test, as it is while Vaadin handles a request: the forms under test find
 * it through {@link UI#getCurrent()}. Held here, since Vaadin keeps the current UI only weakly.
 */
public final class CurrentUi implements BeforeEachCallback, AfterEachCallback {

    private final UI ui = new UI();

    @Override
    public void beforeEach(ExtensionContext context) {
        UI.setCurrent(ui);
    }

    /** The UI once Vaadin has done what it does before answering the browser: a dialog or notification just opened is on it. */
    public UI answered() {
        if (ui.getSession() == null) {
            VaadinSession session = mock(VaadinSession.class);
            when(session.hasLock()).thenReturn(true);
            ui.getInternals().setSession(session);
        }
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UI.setCurrent(null);
    }
}
