package org.procuredesk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The application starts on the suite's database: the engine created its schema and deployed the
 * models, Flyway applied the application's migrations, and the engine, Flyway, Hibernate and the
 * datasource agree on which database that is (H2 by default, MySQL or MariaDB with the mysql profile).
 */
@ProcureDeskIntegrationTest
class ContextStartsTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @Test
    void shouldDeployTheApplicationToItProcess() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ApplicationToItProcess.KEY)
                .latestVersion()
                .singleResult();

        assertThat(definition).isNotNull();
        assertThat(definition.getResourceName()).isEqualTo("bpmn/application-to-it.bpmn");
        assertThat(definition.getHistoryTimeToLive()).isPositive();
    }

    @Test
    void shouldApplyTheFirstMigration() {
        assertThat(Arrays.stream(flyway.info().applied()))
                .filteredOn(migration -> migration.getVersion() != null
                        && "1".equals(migration.getVersion().getVersion()))
                .extracting(MigrationInfo::getState)
                .containsExactly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void shouldRunEngineAndMigrationsOnTheProfilesDatabase() throws SQLException {
        String product;
        String version;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            product = metaData.getDatabaseProductName();
            version = metaData.getDatabaseProductVersion();
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        String engineDatabase = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        String flywayDatabase = flyway.getConfiguration().getDatabaseType().getName();
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();

        if (environment.acceptsProfiles(Profiles.of("mysql"))) {
            // MySQL Connector/J calls MariaDB "MySQL" too; the server's version tells them apart.
            // The engine runs both on its MySQL scripts.
            assertThat(product).isEqualTo("MySQL");
            assertThat(engineDatabase).isEqualTo("mysql");
            boolean mariaDb = version.contains("MariaDB");
            assertThat(flywayDatabase).isEqualTo(mariaDb ? "MariaDB" : "MySQL");
            assertThat(dialect).isExactlyInstanceOf(mariaDb ? MariaDBDialect.class : MySQLDialect.class);
        } else {
            assertThat(product).isEqualTo("H2");
            assertThat(engineDatabase).isEqualTo("h2");
            assertThat(flywayDatabase).isEqualTo("H2");
            assertThat(dialect).isInstanceOf(H2Dialect.class);
        }
    }
}
