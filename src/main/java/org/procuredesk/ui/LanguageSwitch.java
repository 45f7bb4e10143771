package org.procuredesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.procuredesk.system.Messages;

/**
 * Chooses the language of the UI. The choice holds for the session, is remembered for the
 * signed-in person, and reloads the page so every text, date and amount follows it.
 */
public class LanguageSwitch extends Select<Locale> {

    private static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";

    /** @param remember keeps the choice beyond the session, e.g. for the signed-in person */
    public LanguageSwitch(Consumer<Locale> remember) {
        setId("language-switch");
        setAriaLabel(getTranslation("language.label"));
        setItems(Messages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(Messages.supported(UI.getCurrent().getLocale()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI ui = UI.getCurrent();
                apply(ui, change.getValue());
                VaadinSession.getCurrent().setAttribute(CHOSEN, Boolean.TRUE);
                remember.accept(change.getValue());
                ui.getPage().reload();
            }
        });
    }

    static void apply(UI ui, Locale locale) {
        Locale supported = Messages.supported(locale);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
    }

    static boolean chosenInSession(UI ui) {
        return Boolean.TRUE.equals(ui.getSession().getAttribute(CHOSEN));
    }
}
