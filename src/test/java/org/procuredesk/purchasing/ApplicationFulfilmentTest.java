package org.procuredesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.purchasing.Fulfilment.IT_HEAD;
import static org.procuredesk.purchasing.Fulfilment.REQUESTER;
import static org.procuredesk.purchasing.Fulfilment.SUPPORT;
import static org.procuredesk.purchasing.Fulfilment.WAREHOUSE_KEEPER;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalDecisionView;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.ApplicationTimeline;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.TimelineEntry;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An approved application with the real services: from stock or bought, received, handed over and confirmed. */
@ProcureDeskIntegrationTest
class ApplicationFulfilmentTest {

    @Autowired
    Fulfilment fulfilment;
    @Autowired
    Newcomers newcomers;
    @Autowired
    OrderPlacement orderPlacement;
    @Autowired
    GoodsReception goodsReception;
    @Autowired
    Handovers handovers;
    @Autowired
    Purchases purchases;
    @Autowired
    PurchasingDocuments documents;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationBudgeting budgeting;
    @Autowired
    AssetRegister assetRegister;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationTimeline timeline;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void boughtLaptopsAreOrderedReceivedIntoTheInventoryHandedOverAndConfirmed() throws IOException {
        RequestView application = fulfilment.toReceive(laptops(2));

        String receipt = as(people, WAREHOUSE_KEEPER, () -> goodsReception.receiveGoods(
                fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS).getId(), delivery(2)));
        String movement = as(people, SUPPORT, () -> handovers.handOver(
                fulfilment.task(application, ApplicationToItProcess.HAND_OVER).getId(), "Installed at the desk"));
        assertThat(status(application)).isEqualTo(RequestStatus.HANDED_OVER);
        as(people, REQUESTER, () -> handovers.confirmReceipt(
                fulfilment.task(application, ApplicationToItProcess.CONFIRM_RECEIPT).getId()));

        assertThat(receipt).matches("REC-\\d{4}-\\d{6}");
        assertThat(status(application)).isEqualTo(RequestStatus.FULFILLED);
        as(people, REQUESTER, () -> {
            GoodsReceiptView received = purchases.receiptOf(application.id()).orElseThrow();
            assertThat(received.items()).hasSize(2).allSatisfy(item -> assertThat(item.inventoryNumber()).startsWith("INV-"));
            MovementDocumentView handedOver = purchases.handoverMovementOf(application.id()).orElseThrow();
            assertThat(handedOver.number()).isEqualTo(movement);
            assertThat(handedOver.from().kind()).isEqualTo(HolderKind.WAREHOUSE);
            assertThat(handedOver.to().reference()).isEqualTo(REQUESTER);
            assertThat(handedOver.lines()).extracting(line -> line.inventoryNumber())
                    .containsExactlyElementsOf(received.items().stream().map(ReceiptItem::inventoryNumber).toList());
            HandoverView handover = purchases.handoverOf(application.id()).orElseThrow();
            assertThat(handover.confirmedAt()).isNotNull();
            assertThat(handover.confirmedAutomatically()).isFalse();
        });
        AssetSummary asset = assetRegister.findByInventoryNumber(as(people, REQUESTER,
                () -> purchases.receiptOf(application.id()).orElseThrow().items().get(0).inventoryNumber())).orElseThrow();
        assertThat(asset.status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(asset.holder().reference()).isEqualTo(REQUESTER);
        assertThat(asset.warrantyUntil()).isEqualTo(LocalDate.now().plusMonths(24));
        assertThat(pages(as(people, REQUESTER, () -> documents.receiptPdf(application.id(), Locale.ENGLISH)))).isEqualTo(2);
        assertThat(pages(as(people, REQUESTER, () -> documents.handoverPdf(application.id(), new Locale("ro"))))).isEqualTo(2);
    }

    @Test
    void receiptNobodyConfirmsIsConfirmedAutomaticallyAndTheHistorySaysSo() {
        RequestView application = fulfilment.toReceive(laptops(1));
        as(people, WAREHOUSE_KEEPER, () -> goodsReception.receiveGoods(
                fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS).getId(), delivery(1)));
        as(people, SUPPORT, () -> handovers.handOver(
                fulfilment.task(application, ApplicationToItProcess.HAND_OVER).getId(), null));

        managementService.executeJob(managementService.createJobQuery().processInstanceId(processOf(application))
                .activityId(ApplicationToItProcess.RECEIPT_CONFIRMATION_OVERDUE).singleResult().getId());

        assertThat(status(application)).isEqualTo(RequestStatus.FULFILLED);
        as(people, REQUESTER, () -> {
            assertThat(purchases.handoverOf(application.id()).orElseThrow().confirmedAutomatically()).isTrue();
            assertThat(timeline.of(application.id())).extracting(TimelineEntry::step).containsSubsequence(
                    ApplicationToItProcess.BUDGET_APPROVED, ApplicationToItProcess.PLACE_ORDER,
                    ApplicationToItProcess.RECEIVE_GOODS, ApplicationToItProcess.HAND_OVER,
                    ApplicationToItProcess.RECEIPT_CONFIRMATION_OVERDUE);
        });
    }

    @Test
    void laptopHeldInTheBranchWarehouseIsReservedAndHandedOverWithoutBuyingIt() {
        String model = uniqueModel();
        RequestView stocking = fulfilment.approved(laptops(1));
        long warehouse = people.warehouseOfBranch(stocking.deliveryBranchId()).orElseThrow();
        AssetSummary inStock = assetRegister.registerReceived(stocking.id(), warehouse, List.of(new NewAsset(
                EquipmentCategory.LAPTOP, model, "Spare laptop", "SN-" + System.nanoTime(), "Altex Business",
                "REC-OLD", LocalDate.now().minusMonths(2), new BigDecimal("4000.00"), 24))).get(0);
        assetRegister.releaseReservations(stocking.id());

        RequestView application = fulfilment.approved(form(new LineForm(EquipmentCategory.LAPTOP, "Laptop", 1,
                new BigDecimal("4200.00"), model)));

        fulfilment.task(application, ApplicationToItProcess.HAND_OVER);
        assertThat(assetRegister.reservedFor(application.id())).extracting(AssetSummary::inventoryNumber)
                .containsExactly(inStock.inventoryNumber());
        as(people, REQUESTER, () -> assertThat(purchases.ordersOf(application.id())).isEmpty());
    }

    @Test
    void orderCostingMoreThanTheMarginWaitsForTheItHeadWhoseApprovalRecordsTheOrderedTotal() {
        RequestView application = fulfilment.toOrder(laptops(1));

        as(people, SUPPORT, () -> orderPlacement.placeOrder(fulfilment.task(application,
                ApplicationToItProcess.PLACE_ORDER).getId(), Fulfilment.order(List.of(new BigDecimal("2700.00")))));
        as(people, IT_HEAD, () -> approvals.decide(fulfilment.task(application,
                ApplicationToItProcess.APPROVE_PRICE_OVERRUN).getId(), Decision.APPROVED, null));

        fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS);
        List<ApprovalDecisionView> decisions = as(people, REQUESTER, () -> approvals.decisionsOn(application.id()));
        assertThat(decisions).last().satisfies(decision -> {
            assertThat(decision.approval()).isEqualTo(Approval.PRICE_OVERRUN);
            assertThat(decision.amount()).isEqualByComparingTo("2700.00");
        });
        assertThat(status(application)).isEqualTo(RequestStatus.ORDERED);
    }

    @Test
    void orderTheItHeadSendsBackIsCancelledAndTheNextOrderStands() {
        RequestView application = fulfilment.toOrder(laptops(1));
        as(people, SUPPORT, () -> orderPlacement.placeOrder(fulfilment.task(application,
                ApplicationToItProcess.PLACE_ORDER).getId(), Fulfilment.order(List.of(new BigDecimal("2700.00")))));

        as(people, IT_HEAD, () -> approvals.decide(fulfilment.task(application,
                ApplicationToItProcess.APPROVE_PRICE_OVERRUN).getId(), Decision.RETURNED, "Find a cheaper offer"));
        as(people, SUPPORT, () -> orderPlacement.placeOrder(fulfilment.task(application,
                ApplicationToItProcess.PLACE_ORDER).getId(), Fulfilment.order(List.of(new BigDecimal("2500.00")))));

        assertThat(as(people, REQUESTER, () -> purchases.ordersOf(application.id())))
                .extracting(PurchaseOrderView::total, PurchaseOrderView::cancelled)
                .containsExactly(tuple(new BigDecimal("2700.00"), true), tuple(new BigDecimal("2500.00"), false));
        fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS);
    }

    @Test
    void anItHeadApprovesNoPriceOverrunOfTheirOwnApplication() {
        String itHead = newcomers.besides(REQUESTER, "boss", Role.REQUESTER, Role.IT_HEAD);
        RequestView application = fulfilment.toOrder(itHead, laptops(1));
        as(people, SUPPORT, () -> orderPlacement.placeOrder(fulfilment.task(application,
                ApplicationToItProcess.PLACE_ORDER).getId(), Fulfilment.order(List.of(new BigDecimal("2700.00")))));
        String overrun = fulfilment.task(application, ApplicationToItProcess.APPROVE_PRICE_OVERRUN).getId();

        assertThatThrownBy(() -> as(people, itHead, () -> approvals.decide(overrun, Decision.APPROVED, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("approval.ownApplication"));
        ReliabilityFigures.refused();

        assertThat(as(people, itHead, () -> approvals.decisionsOn(application.id())))
                .extracting(ApprovalDecisionView::approval).doesNotContain(Approval.PRICE_OVERRUN);
        assertThat(fulfilment.task(application, ApplicationToItProcess.APPROVE_PRICE_OVERRUN))
                .satisfies(task -> assertThat(task.getId()).isEqualTo(overrun))
                .satisfies(task -> assertThat(task.getAssignee()).isNull());
    }

    @Test
    void orderWithinTheMarginGoesStraightToTheWarehouse() {
        RequestView application = fulfilment.toOrder(laptops(1));

        as(people, SUPPORT, () -> orderPlacement.placeOrder(fulfilment.task(application,
                ApplicationToItProcess.PLACE_ORDER).getId(), Fulfilment.order(List.of(new BigDecimal("2640.00")))));

        fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS);
    }

    @Test
    void lateDeliveryRemindsItSupportFromTheMorningAfterTheExpectedDate() {
        RequestView application = fulfilment.toReceive(laptops(1));

        Job reminder = managementService.createJobQuery().processInstanceId(processOf(application))
                .activityId(ApplicationToItProcess.DELIVERY_LATE).singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(LocalDate.now().plusDays(8).atTime(9, 0)
                .atZone(ZoneId.of("Europe/Bucharest")).toInstant());
        managementService.executeJob(reminder.getId());

        assertThat(as(people, SUPPORT, () -> notifications.latest(SUPPORT, 5, Locale.ENGLISH)))
                .anySatisfy(notice -> assertThat(notice.text()).contains(application.number(), "Altex Business", "PO-778"));
        fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS);
    }

    @Test
    void budgetNewsReachesAnApplicationOnceAndOnlyWhileItWaits() {
        RequestView application = fulfilment.toOrder(laptops(1));

        assertThatThrownBy(() -> budgeting.approvedInBudget(application.number()))
                .isInstanceOf(DomainException.class).hasMessage("budget.applicationNotWaiting");
        fulfilment.task(application, ApplicationToItProcess.PLACE_ORDER);
    }

    @Test
    void onlyItSupportHandsOverTheReceivedItems() {
        RequestView application = fulfilment.toReceive(laptops(1));
        as(people, WAREHOUSE_KEEPER, () -> goodsReception.receiveGoods(
                fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS).getId(), delivery(1)));

        assertThatThrownBy(() -> as(people, "carmen.finance", () -> handovers.handOver(
                fulfilment.task(application, ApplicationToItProcess.HAND_OVER).getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(people, REQUESTER, () -> purchases.handoverOf(application.id()))).isEmpty();
    }

    RequestForm laptops(int quantity) {
        return form(new LineForm(EquipmentCategory.LAPTOP, "Laptop for the new accountants", quantity,
                new BigDecimal("2400.00"), uniqueModel()));
    }

    RequestForm form(LineForm line) {
        return fulfilment.form(line);
    }

    static ReceiptForm delivery(int units) {
        return new ReceiptForm("FV-1024", LocalDate.now(), IntStream.range(0, units)
                .mapToObj(unit -> new ReceivedItem(0, "SN-" + System.nanoTime() + "-" + unit, 24)).toList());
    }

    static String uniqueModel() {
        return "ThinkPad T14 gen " + System.nanoTime();
    }

    private String processOf(RequestView application) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
    }

    private RequestStatus status(RequestView application) {
        return as(people, REQUESTER, () -> requests.get(application.id())).status();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        }
    }
}
