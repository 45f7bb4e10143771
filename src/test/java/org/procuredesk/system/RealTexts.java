package org.procuredesk.system;

import java.time.ZoneId;
import java.util.Currency;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's own message bundles and formats (RON, Bucharest), for tests without Spring. */
public final class RealTexts {

    public static final Formats FORMATS = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
            ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"), new FirstAdministrator(null, null, "A", null)));

    private RealTexts() {
    }

    public static MessageTexts messageTexts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("vaadin-i18n/translations");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(new Messages(bundles), FORMATS);
    }
}
