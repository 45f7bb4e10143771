package org.procuredesk.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Puts {@link BusyPoolWait} in front of the connection pool the application is configured with. */
@Component
class BusyPoolWaitPostProcessor implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool ? new BusyPoolWait(pool) : bean;
    }
}
