package org.procuredesk.ui;

import com.vaadin.flow.component.UI;
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

    @Override
    public void afterEach(ExtensionContext context) {
        UI.setCurrent(null);
    }
}
