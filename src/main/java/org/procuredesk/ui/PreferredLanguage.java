package org.procuredesk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * Opens every new page of a signed-in person in the language they last chose, unless they chose
 * another one in this session; before sign-in the browser's language decides.
 */
@Component
class PreferredLanguage implements VaadinServiceInitListener {

    private final PeopleDirectory peopleDirectory;

    PreferredLanguage(PeopleDirectory peopleDirectory) {
        this.peopleDirectory = peopleDirectory;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (LanguageSwitch.chosenInSession(init.getUI())) {
                return;
            }
            preferredBy(VaadinRequest.getCurrent()).ifPresent(locale -> LanguageSwitch.apply(init.getUI(), locale));
        });
    }

    private Optional<Locale> preferredBy(VaadinRequest request) {
        return Optional.ofNullable(request)
                .map(VaadinRequest::getUserPrincipal)
                .map(Principal::getName)
                .flatMap(peopleDirectory::findByUsername)
                .map(PersonSummary::preferredLocale)
                .filter(tag -> !tag.isBlank())
                .map(Locale::forLanguageTag);
    }
}
