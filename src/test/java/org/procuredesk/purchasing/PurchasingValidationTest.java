package org.procuredesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.purchasing.Fulfilment.SUPPORT;
import static org.procuredesk.purchasing.Fulfilment.WAREHOUSE_KEEPER;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Violations;
import org.springframework.beans.factory.annotation.Autowired;

/** Every invalid field of an order or a receipt is refused on that field, and nothing is stored or moved on. */
@ProcureDeskIntegrationTest
class PurchasingValidationTest {

    @Autowired
    Fulfilment fulfilment;
    @Autowired
    OrderPlacement orderPlacement;
    @Autowired
    GoodsReception goodsReception;
    @Autowired
    Purchases purchases;
    @Autowired
    AssetRegister assetRegister;
    @Autowired
    PeopleDirectory people;

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                order("no supplier", "supplier: This field is required.", form -> new OrderForm(" ",
                        form.orderNumber(), form.expectedDelivery(), form.unitPrices())),
                order("supplier too long", "supplier: At most 200 characters.", form -> new OrderForm("x".repeat(201),
                        form.orderNumber(), form.expectedDelivery(), form.unitPrices())),
                order("no order number", "orderNumber: This field is required.", form -> new OrderForm(form.supplier(),
                        null, form.expectedDelivery(), form.unitPrices())),
                order("no delivery date", "expectedDelivery: This field is required.", form -> new OrderForm(
                        form.supplier(), form.orderNumber(), null, form.unitPrices())),
                order("delivery in the past", "expectedDelivery: order.deliveryInThePast", form -> new OrderForm(
                        form.supplier(), form.orderNumber(), LocalDate.now().minusDays(1), form.unitPrices())),
                order("a price missing", "unitPrices: order.pricePerLine", form -> new OrderForm(form.supplier(),
                        form.orderNumber(), form.expectedDelivery(), form.unitPrices().subList(0, 1))),
                order("a zero price", "unitPrices[1]: Enter a price above zero, with at most two decimals.",
                        form -> new OrderForm(form.supplier(), form.orderNumber(), form.expectedDelivery(),
                                List.of(BigDecimal.TEN, BigDecimal.ZERO))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void invalidOrderIsRefusedOnItsFieldAndNothingIsOrdered(String why, String refusal, UnaryOperator<OrderForm> spoil) {
        RequestView application = fulfilment.toOrder(twoLines());
        String task = fulfilment.task(application, ApplicationToItProcess.PLACE_ORDER).getId();
        OrderForm valid = Fulfilment.order(List.of(new BigDecimal("900.00"), new BigDecimal("45.50")));

        assertThatThrownBy(() -> as(people, SUPPORT, () -> orderPlacement.placeOrder(task, spoil.apply(valid))))
                .satisfies(refused -> assertThat(describe(refused)).contains(refusal));

        assertThat(as(people, SUPPORT, () -> purchases.ordersOf(application.id()))).isEmpty();
        assertThat(fulfilment.task(application, ApplicationToItProcess.PLACE_ORDER).getId()).isEqualTo(task);
    }

    static Stream<Arguments> invalidReceipts() {
        return Stream.of(
                receipt("no supplier document", "supplierDocument: This field is required.", form -> new ReceiptForm(
                        "", form.receiptDate(), form.items())),
                receipt("received tomorrow", "receiptDate: receipt.dateInTheFuture", form -> new ReceiptForm(
                        form.supplierDocument(), LocalDate.now().plusDays(1), form.items())),
                receipt("a serial number missing", "items[1].serialNumber: validation.required", form -> new ReceiptForm(
                        form.supplierDocument(), form.receiptDate(), replace(form.items(), 1, new ReceivedItem(0, " ", 24)))),
                receipt("a serial number twice", "items[1].serialNumber: receipt.serialTwice", form -> new ReceiptForm(
                        form.supplierDocument(), form.receiptDate(), replace(form.items(), 1, form.items().get(0)))),
                receipt("a unit missing", "items: receipt.quantityMismatch", form -> new ReceiptForm(
                        form.supplierDocument(), form.receiptDate(), form.items().subList(0, 2))),
                receipt("an item of no line", "items[0].lineNo: receipt.noSuchLine", form -> new ReceiptForm(
                        form.supplierDocument(), form.receiptDate(), replace(form.items(), 0, new ReceivedItem(5, "SN-X", 24)))),
                receipt("a warranty of 121 months", "items[0].warrantyMonths: Enter a warranty of 0 to 120 months.",
                        form -> new ReceiptForm(form.supplierDocument(), form.receiptDate(),
                                replace(form.items(), 0, new ReceivedItem(0, "SN-Y", 121)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReceipts")
    void invalidReceiptIsRefusedOnItsFieldAndNothingEntersTheInventory(String why, String refusal,
                                                                      UnaryOperator<ReceiptForm> spoil) {
        RequestView application = fulfilment.toReceive(twoLines());
        String task = fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS).getId();
        String serial = "SN-" + System.nanoTime();
        ReceiptForm valid = new ReceiptForm("FV-1", LocalDate.now(), List.of(new ReceivedItem(0, serial + "-a", 24),
                new ReceivedItem(0, serial + "-b", 24), new ReceivedItem(1, null, 0)));

        assertThatThrownBy(() -> as(people, WAREHOUSE_KEEPER, () -> goodsReception.receiveGoods(task, spoil.apply(valid))))
                .satisfies(refused -> assertThat(describe(refused)).contains(refusal));

        assertThat(as(people, WAREHOUSE_KEEPER, () -> purchases.receiptOf(application.id()))).isEmpty();
        assertThat(assetRegister.reservedFor(application.id())).isEmpty();
        assertThat(fulfilment.task(application, ApplicationToItProcess.RECEIVE_GOODS).getId()).isEqualTo(task);
    }

    /** Two monitors and a toner: the toner is a consumable, received without serial number. */
    private org.procuredesk.request.RequestForm twoLines() {
        return fulfilment.form(
                new LineForm(EquipmentCategory.MONITOR, "Monitor", 2, new BigDecimal("900.00"), "P24 " + System.nanoTime()),
                new LineForm(EquipmentCategory.TONER, "Toner", 1, new BigDecimal("45.50"), "TN-" + System.nanoTime()));
    }

    private static Arguments order(String why, String refusal, UnaryOperator<OrderForm> spoil) {
        return Arguments.of(why, refusal, spoil);
    }

    private static Arguments receipt(String why, String refusal, UnaryOperator<ReceiptForm> spoil) {
        return Arguments.of(why, refusal, spoil);
    }

    private static List<ReceivedItem> replace(List<ReceivedItem> items, int index, ReceivedItem item) {
        List<ReceivedItem> replaced = new ArrayList<>(items);
        replaced.set(index, item);
        return replaced;
    }

    /** "field: message" for each invalid field, or "field: key" for a refusal of the service's own rules. */
    private static List<String> describe(Throwable refused) {
        if (refused instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .map(violation -> Violations.field(violation) + ": " + violation.getMessage()).toList();
        }
        DomainException refusal = (DomainException) refused;
        return List.of(refusal.getField().orElse("") + ": " + refusal.getMessageKey());
    }
}
