package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** My substitutes over REST: I end mine with DELETE; another person's does not exist for me. */
@ProcureDeskIntegrationTest
class SubstitutionApiTest {

    static final String AWAY = "carmen.finance";

    @LocalServerPort
    int port;
    @Autowired
    SubstitutionRepository repository;
    @Autowired
    Clock clock;

    ApiClient away;
    long planned;

    @BeforeEach
    void planAnAbsence() {
        away = ApiClient.anonymous(port).as(AWAY);
        LocalDate today = LocalDate.now(clock);
        Answer named = away.post("/api/v1/substitutions", Map.of("substitute", "ion.support",
                "firstDay", today.plusDays(1).toString(), "lastDay", today.plusDays(5).toString()));
        assertThat(named.status()).isEqualTo(201);
        planned = named.body().path("id").asLong();
    }

    @AfterEach
    void nobodyAway() {
        repository.deleteAll(repository.findByPerson(AWAY));
    }

    @Test
    void iEndMySubstitutionAndItIsNoLongerListed() {
        Answer ended = away.delete("/api/v1/substitutions/" + planned);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(away.get("/api/v1/substitutions").body()).isEmpty();
    }

    @Test
    void someoneElsesSubstitutionDoesNotExistForMeAndGoesOn() {
        Answer refused = ApiClient.anonymous(port).as("dan.security").inLanguage("ro")
                .delete("/api/v1/substitutions/" + planned);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().path("detail").asText()).isEqualTo("Înlocuirea " + planned + " nu există.");
        assertThat(away.get("/api/v1/substitutions").body()).extracting(node -> node.path("id").asLong())
                .containsExactly(planned);
    }
}
