package org.procuredesk.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.procuredesk.system.ProcureDeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The company time zone and the clock deadlines are counted from: the engine's clock, in that zone. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    ZoneId companyTimeZone(ProcureDeskProperties properties) {
        return properties.timeZone();
    }

    @Bean
    Clock clock(ZoneId companyTimeZone) {
        return new EngineClock(companyTimeZone);
    }
}
