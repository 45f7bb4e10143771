package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The {@code procuredesk.calendar} settings: the defaults in application.yml and a company's own. */
class BusinessCalendarPropertiesTest {

    @Test
    void applicationYmlConfiguresRomaniaWithFiveOClockAndThePreviousWorkingDay() throws IOException {
        var applicationYml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        BusinessCalendarProperties properties = bind(ConfigurationPropertySources.from(applicationYml));

        assertThat(properties).isEqualTo(new BusinessCalendarProperties("RO", List.of(), List.of(),
                LocalTime.of(17, 0), DeadlinePolicy.PREVIOUS_WORKING_DAY));
    }

    @Test
    void aCompanysOwnDaysEndAndPolicyBindFromTheirWrittenForms() {
        BusinessCalendarProperties properties = bind(List.of(new MapConfigurationPropertySource(Map.of(
                "procuredesk.calendar.country", "BG",
                "procuredesk.calendar.extra-days-off", "2026-12-24,2026-12-31",
                "procuredesk.calendar.extra-working-days[0]", "2026-12-12",
                "procuredesk.calendar.end-of-working-day", "16:30",
                "procuredesk.calendar.deadline-policy", "next-working-day"))));

        assertThat(properties).isEqualTo(new BusinessCalendarProperties("BG",
                List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)), List.of(LocalDate.of(2026, 12, 12)),
                LocalTime.of(16, 30), DeadlinePolicy.NEXT_WORKING_DAY));
    }

    @Test
    void aDayCannotBeBothAnExtraDayOffAndAnExtraWorkingDay() {
        List<LocalDate> saturday = List.of(LocalDate.of(2026, 12, 12));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.properties(saturday, saturday, DeadlinePolicy.PREVIOUS_WORKING_DAY))
                .withMessageContaining("2026-12-12");
    }

    private static BusinessCalendarProperties bind(Iterable<ConfigurationPropertySource> sources) {
        return new Binder(sources, null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate("procuredesk.calendar", BusinessCalendarProperties.class);
    }
}
