package org.procuredesk.system;

import com.vaadin.flow.i18n.I18NProvider;
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
        return new MessageTexts(messages(), FORMATS);
    }

    /** What Vaadin's {@code getTranslation(...)} reads while it serves a request. */
    public static I18NProvider i18nProvider() {
        return new MessagesI18NProvider(messages());
    }

    private static Messages messages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("vaadin-i18n/translations");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new Messages(bundles);
    }
}
