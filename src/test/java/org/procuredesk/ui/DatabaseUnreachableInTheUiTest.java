package org.procuredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.CannotCreateTransactionException;

/** A person working while the database is away is told so, in their language, and to try again: no incident. */
class DatabaseUnreachableInTheUiTest {

    private static final Exception NO_CONNECTION = new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out",
                    "08S01"));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    @Test
    void anActionThatFindsNoDatabaseTellsThePersonToTryAgainInAMinute() {
        assertThat(UiErrorHandling.text(UI.getCurrent(), NO_CONNECTION)).isEqualTo(
                "The database cannot be reached at the moment; nothing was changed. Try again in a minute.");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ro"));
        assertThat(UiErrorHandling.text(UI.getCurrent(), NO_CONNECTION)).isEqualTo(
                "Baza de date nu poate fi accesată momentan; nu s-a modificat nimic. Încercați din nou peste un minut.");
    }

    @Test
    void aViewThatFindsNoDatabaseOpensAsUnavailableWithTheSameWords() {
        BeforeEnterEvent opening = mock(BeforeEnterEvent.class);
        when(opening.getLocation()).thenReturn(new Location("tasks"));
        ErrorView view = new ErrorView();

        int status = view.setErrorParameter(opening, new ErrorParameter<>(Exception.class, NO_CONNECTION));

        assertThat(status).isEqualTo(503);
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(text -> ((Paragraph) text).getText()))
                .containsExactly("The database cannot be reached at the moment; nothing was changed. Try again in a minute.");
    }
}
