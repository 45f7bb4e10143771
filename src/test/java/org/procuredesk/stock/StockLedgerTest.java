package org.procuredesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;

/** Receipts raise, issues lower, transfers move and reversals undo: exactly, and never below zero. */
class StockLedgerTest extends WithConsumables {

    @Test
    void aReceiptRaisesTheBalanceOfItsWarehouseOnly() {
        String toner = newItem("Toner HP 59A");

        StockDocumentView receipt = receive(warehouse, toner, 12);

        assertThat(receipt.number()).startsWith("SIN-");
        assertThat(receipt.kind()).isEqualTo(StockDocumentKind.RECEIPT);
        assertThat(receipt.toWarehouseId()).isEqualTo(warehouse);
        assertThat(receipt.recordedBy()).isEqualTo(KEEPER);
        assertThat(onHand(toner, warehouse)).isEqualTo(12);
        assertThat(onHand(toner, otherWarehouse)).isZero();
    }

    @Test
    void anIssueLowersTheBalanceAndNamesItsRecipient() {
        String toner = newItem("Toner HP 59A");
        receive(warehouse, toner, 12);

        StockDocumentView issue = issueToAna(warehouse, line(toner, 5));

        assertThat(issue.number()).startsWith("SOUT-");
        assertThat(issue.recipientKind()).isEqualTo(RecipientKind.EMPLOYEE);
        assertThat(issue.recipientReference()).isEqualTo("ana.requester");
        assertThat(issue.lines()).extracting(StockDocumentView.Line::sku, StockDocumentView.Line::quantity)
                .containsExactly(tuple(toner, 5));
        assertThat(onHand(toner, warehouse)).isEqualTo(7);
    }

    @Test
    void consumablesAreIssuedToADepartmentOrADeviceThatExists() {
        String paper = newItem("Paper A4");
        receive(warehouse, paper, 10);
        String department = String.valueOf(asKeeper(people::departments).get(0).id());

        asKeeper(() -> ledger.issue(new StockForms.Issue(warehouse, RecipientKind.DEPARTMENT, department,
                List.of(line(paper, 4)), null)));

        assertRefused(() -> asKeeper(() -> ledger.issue(new StockForms.Issue(warehouse, RecipientKind.DEPARTMENT,
                "999999999", List.of(line(paper, 1)), null))), "stock.unknownRecipient.DEPARTMENT");
        assertRefused(() -> asKeeper(() -> ledger.issue(new StockForms.Issue(warehouse, RecipientKind.DEVICE,
                "INV-0000-000000", List.of(line(paper, 1)), null))), "stock.unknownRecipient.DEVICE");
        assertRefused(() -> asKeeper(() -> ledger.issue(new StockForms.Issue(warehouse, RecipientKind.EMPLOYEE,
                "nobody.here", List.of(line(paper, 1)), null))), "stock.unknownRecipient.EMPLOYEE");
        assertThat(onHand(paper, warehouse)).isEqualTo(6);
    }

    @Test
    void aTransferMovesStockFromOneWarehouseToTheOther() {
        String drum = newItem("Drum Brother DR-2400");
        receive(warehouse, drum, 8);

        StockDocumentView transfer = asKeeper(() -> ledger.transfer(
                new StockForms.Transfer(warehouse, otherWarehouse, List.of(line(drum, 3)), "Branch needs drums")));

        assertThat(transfer.number()).startsWith("STR-");
        assertThat(onHand(drum, warehouse)).isEqualTo(5);
        assertThat(onHand(drum, otherWarehouse)).isEqualTo(3);
        assertRefused(() -> asKeeper(() -> ledger.transfer(new StockForms.Transfer(warehouse, warehouse,
                List.of(line(drum, 1)), null))), "stock.sameWarehouse");
        assertRefused(() -> asKeeper(() -> ledger.transfer(new StockForms.Transfer(otherWarehouse, warehouse,
                List.of(line(drum, 4)), null))), "stock.notEnough");
        assertThat(onHand(drum, warehouse)).isEqualTo(5);
        assertThat(onHand(drum, otherWarehouse)).isEqualTo(3);
    }

    @Test
    void anIssueOfMoreThanIsOnHandIsRefusedAndChangesNothing() {
        String toner = newItem("Toner HP 59A");
        receive(warehouse, toner, 2);

        assertRefused(() -> issueToAna(warehouse, line(toner, 3)), "stock.notEnough");
        assertRefused(() -> issueToAna(otherWarehouse, line(toner, 1)), "stock.notEnough");

        assertThat(onHand(toner, warehouse)).isEqualTo(2);
        assertThat(onHand(toner, otherWarehouse)).isZero();
    }

    @Test
    void aDocumentOfSeveralLinesMovesAllOrNothing() {
        String toner = newItem("Toner HP 59A");
        String drum = newItem("Drum HP 32A");
        receive(warehouse, toner, 5);
        receive(warehouse, drum, 1);

        assertRefused(() -> issueToAna(warehouse, line(toner, 2), line(drum, 2)), "stock.notEnough");
        assertThat(onHand(toner, warehouse)).isEqualTo(5);
        assertThat(onHand(drum, warehouse)).isEqualTo(1);

        issueToAna(warehouse, line(toner, 2), line(drum, 1), line(toner, 3));
        assertThat(onHand(toner, warehouse)).isZero();
        assertThat(onHand(drum, warehouse)).isZero();
    }

    @Test
    void aReversalUndoesADocumentOnceAndLeavesItAsItWas() {
        String toner = newItem("Toner HP 59A");
        receive(warehouse, toner, 10);
        StockDocumentView issue = issueToAna(warehouse, line(toner, 4));

        StockDocumentView reversal = asKeeper(() -> ledger.reverse(issue.number(),
                new StockForms.Reversal("Issued to the wrong person")));

        assertThat(reversal.number()).startsWith("SREV-");
        assertThat(reversal.reverses()).isEqualTo(issue.number());
        assertThat(reversal.toWarehouseId()).isEqualTo(warehouse);
        assertThat(onHand(toner, warehouse)).isEqualTo(10);
        StockDocumentView reread = asKeeper(() -> ledger.document(issue.number()));
        assertThat(reread.reversedBy()).isEqualTo(reversal.number());
        assertThat(reread).usingRecursiveComparison().ignoringFields("reversedBy").isEqualTo(issue);
        assertRefused(() -> asKeeper(() -> ledger.reverse(issue.number(), new StockForms.Reversal("Again"))),
                "stock.alreadyReversed");
        assertRefused(() -> asKeeper(() -> ledger.reverse(reversal.number(), new StockForms.Reversal("Undo undo"))),
                "stock.reversalOfReversal");
        assertThat(onHand(toner, warehouse)).isEqualTo(10);
    }

    @Test
    void theDocumentListShowsTheNewestFirstFilteredByKindWarehouseAndDateWithTheirReversals() {
        String toner = newItem("Toner HP 59A");
        StockDocumentView receipt = receive(warehouse, toner, 10);
        StockDocumentView issue = issueToAna(warehouse, line(toner, 4));
        StockDocumentView transfer = asKeeper(() -> ledger.transfer(
                new StockForms.Transfer(warehouse, otherWarehouse, List.of(line(toner, 2)), null)));
        StockDocumentView reversal = asKeeper(() -> ledger.reverse(issue.number(),
                new StockForms.Reversal("Issued to the wrong person")));

        assertThat(listed(new StockDocumentFilter(null, null, null, warehouse)))
                .extracting(StockDocumentView::number, StockDocumentView::reverses, StockDocumentView::reversedBy)
                .containsExactly(tuple(reversal.number(), issue.number(), null), tuple(transfer.number(), null, null),
                        tuple(issue.number(), null, reversal.number()), tuple(receipt.number(), null, null));
        assertThat(listed(new StockDocumentFilter(null, null, null, otherWarehouse)))
                .extracting(StockDocumentView::number).containsExactly(transfer.number());
        assertThat(listed(new StockDocumentFilter(StockDocumentKind.ISSUE, null, null, warehouse)))
                .singleElement().satisfies(listed -> assertThat(listed).isEqualTo(
                        asKeeper(() -> ledger.document(issue.number()))));
        assertThat(listed(new StockDocumentFilter(null, issue.date(), issue.date(), warehouse))).hasSize(4);
        assertThat(listed(new StockDocumentFilter(null, issue.date().plusDays(1), null, warehouse))).isEmpty();
        assertThat(listed(new StockDocumentFilter(null, null, issue.date().minusDays(1), warehouse))).isEmpty();
    }

    private List<StockDocumentView> listed(StockDocumentFilter filter) {
        return asKeeper(() -> ledger.documents(filter));
    }

    @Test
    void aReversalThatWouldTakeTheBalanceBelowZeroIsRefused() {
        String toner = newItem("Toner HP 59A");
        StockDocumentView receipt = receive(warehouse, toner, 5);
        issueToAna(warehouse, line(toner, 3));

        assertRefused(() -> asKeeper(() -> ledger.reverse(receipt.number(), new StockForms.Reversal("Wrong count"))),
                "stock.notEnough");

        assertThat(onHand(toner, warehouse)).isEqualTo(2);
        assertThat(asKeeper(() -> ledger.document(receipt.number())).reversedBy()).isNull();
    }

    @Test
    void unknownWarehousesConsumablesAndDocumentsAreRefusedAndChangeNothing() {
        String toner = newItem("Toner HP 59A");
        receive(warehouse, toner, 3);

        assertRefused(() -> receive(999_999_999L, toner, 1), "stock.unknownWarehouse");
        assertRefused(() -> receive(warehouse, "NO-SUCH-SKU", 1), "stock.unknownItem");
        assertRefused(() -> asKeeper(() -> ledger.document("SOUT-0000-000000")), "stockDocument.notFound");
        assertRefused(() -> asKeeper(() -> ledger.reverse("SOUT-0000-000000", new StockForms.Reversal("?"))),
                "stockDocument.notFound");

        assertThat(onHand(toner, warehouse)).isEqualTo(3);
    }

    @Test
    void levelsFlagWhatIsAtOrBelowTheReorderPoint() {
        String toner = newItem("Toner HP 59A");
        String paper = newItem("Paper A4");
        receive(warehouse, toner, 5);
        receive(warehouse, paper, 6);

        List<StockLevel> read = SignedIn.as(people, "irina.auditor", () -> levels.levels(warehouse));

        assertThat(read).extracting(StockLevel::sku, StockLevel::onHand, StockLevel::atOrBelowReorderPoint)
                .containsExactlyInAnyOrder(tuple(toner, 5, true),
                        tuple(paper, 6, false));
    }
}
