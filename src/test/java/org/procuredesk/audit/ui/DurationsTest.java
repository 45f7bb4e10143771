package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ui.TranslatedUi;

/** A span of time in its two largest units, in English and in Romanian. */
class DurationsTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final Span reader = new Span();

    @Test
    void writesTheLargestUnitAndTheNextOne() {
        assertThat(of(Duration.ofDays(2).plusHours(3).plusMinutes(40))).isEqualTo("2 d 3 h");
        assertThat(of(Duration.ofHours(3).plusMinutes(5).plusSeconds(9))).isEqualTo("3 h 5 min");
        assertThat(of(Duration.ofMinutes(7).plusSeconds(30))).isEqualTo("7 min 30 s");
        assertThat(of(Duration.ofSeconds(45).plusMillis(700))).isEqualTo("45 s");
    }

    @Test
    void leavesOutANextUnitOfNothingAndWritesNothingForNoDuration() {
        assertThat(of(Duration.ofDays(2))).isEqualTo("2 d");
        assertThat(of(Duration.ofHours(1).plusSeconds(59))).isEqualTo("1 h");
        assertThat(of(Duration.ofMillis(300))).isEqualTo("0 s");
        assertThat(Durations.of(reader, null)).isEmpty();
    }

    @Test
    void writesTheUnitsInRomanian() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ro"));

        assertThat(of(Duration.ofDays(2).plusHours(3))).isEqualTo("2 z 3 h");
        assertThat(of(Duration.ofHours(3).plusMinutes(5))).isEqualTo("3 h 5 min");
        assertThat(of(Duration.ofSeconds(45))).isEqualTo("45 s");
    }

    private String of(Duration duration) {
        return Durations.of(reader, duration.toMillis());
    }
}
