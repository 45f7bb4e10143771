package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ProcureDeskApplication;
import org.procuredesk.reliability.ScratchDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Started on MariaDB in REPEATABLE READ, ProcureDesk refuses to start and says what to set instead. */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = "mysql")
@ExtendWith(OutputCaptureExtension.class)
class RepeatableReadRefusalIT {

    @Test
    void startingOnADatabaseInRepeatableReadIsRefusedWithWhatToSet(CapturedOutput output) throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("isolation")) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(ProcureDeskApplication.class).run(
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ",
                    "--server.port=0",
                    "--camunda.bpm.process-engine-name=repeatableRead"))
                    .hasStackTraceContaining("REPEATABLE_READ");
        }

        assertThat(output.getOut() + output.getErr())
                .contains("The database runs transactions in REPEATABLE READ isolation;"
                        + " ProcureDesk's process engine needs READ COMMITTED.")
                .contains("spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED");
    }
}
