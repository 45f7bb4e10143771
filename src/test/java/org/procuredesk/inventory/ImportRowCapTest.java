package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.system.DomainException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A file longer than the configured most rows is refused whole: nothing of it is registered. */
class ImportRowCapTest {

    private final ImportRegistration registration = mock(ImportRegistration.class);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFileOfMoreRowsThanConfiguredIsRefusedBeforeAnyRowIsRegistered() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ion.support", null, "ROLE_IT_SUPPORT"));
        AssetImport importer = new AssetImport(mock(AssetRepository.class), mock(Holders.class), registration,
                new InventoryProperties(2));
        String row = "2026-01-31,LAPTOP,WAREHOUSE,1,IN_STOCK\n";
        String csv = "purchase_date,category,holder_kind,holder_reference,status,inventory_number\n"
                + row.replace("\n", ",A-1\n") + row.replace("\n", ",A-2\n") + row.replace("\n", ",A-3\n");

        assertThatThrownBy(() -> importer.importCsv("big.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey())
                                .isEqualTo("asset.import.tooManyRows"));
        verifyNoInteractions(registration);
    }
}
