package org.procuredesk.system;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place texts are looked up: the message bundles under {@code vaadin-i18n/}, in English
 * and Romanian. The Vaadin UI, the REST API and e-mails all read them through this bean.
 */
@Component
public class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ROMANIAN = Locale.forLanguageTag("ro");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, ROMANIAN);

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Locale locale, Object... arguments) {
        return messageSource.getMessage(key, arguments, "!" + key, supported(locale));
    }

    /** The text in the language of the current request. */
    public String get(String key, Object... arguments) {
        return get(key, LocaleContextHolder.getLocale(), arguments);
    }

    public String get(DomainException refusal, Locale locale) {
        return get(refusal.getMessageKey(), locale, refusal.getArguments());
    }

    /** The supported locale closest to the one asked for; English when none is close. */
    public static Locale supported(Locale locale) {
        if (locale != null && ROMANIAN.getLanguage().equals(locale.getLanguage())) {
            return ROMANIAN;
        }
        return ENGLISH;
    }
}
