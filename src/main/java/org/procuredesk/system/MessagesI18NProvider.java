package org.procuredesk.system;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gives Vaadin's {@code getTranslation(...)} the same bundles as the rest of the application. */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final Messages messages;

    MessagesI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
