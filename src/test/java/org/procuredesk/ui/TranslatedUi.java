package org.procuredesk.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.procuredesk.system.RealTexts;

/**
 * A {@link CurrentUi} in English with the application's own texts behind its {@code getTranslation(...)}, as while
 * Vaadin serves a request: without them a component shows only the key of a text, not the values it says.
 */
public final class TranslatedUi implements BeforeEachCallback, AfterEachCallback {

    private final CurrentUi ui = new CurrentUi();
    /** Held here: Vaadin keeps the current service only weakly. */
    private VaadinService service;

    @Override
    public void beforeEach(ExtensionContext context) {
        ui.beforeEach(context);
        service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(RealTexts.i18nProvider());
        VaadinService.setCurrent(service);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** @see CurrentUi#answered() */
    public UI answered() {
        return ui.answered();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        VaadinService.setCurrent(null);
        service = null;
        ui.afterEach(context);
    }
}
