package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each test starts with a warehouse of its own, empty, at a branch of its own. */
@ProcureDeskIntegrationTest
abstract class AtAnEmptyWarehouse {

    @Autowired
    ApplicationContext context;

    Register fixtures;
    AssetRegister register;
    long warehouse;

    @BeforeEach
    void emptyWarehouse() {
        fixtures = Register.of(context);
        register = fixtures.register;
        warehouse = fixtures.newWarehouse();
    }

    /** The call is refused with the message the key names. */
    static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }
}
