package org.procuredesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.purchasing.Fulfilment.REQUESTER;
import static org.procuredesk.purchasing.Fulfilment.SUPPORT;
import static org.procuredesk.purchasing.Fulfilment.WAREHOUSE_KEEPER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The purchasing steps over REST: the same checks as the task forms, each invalid field listed, documents as PDF. */
@ProcureDeskIntegrationTest
class PurchasingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    PeopleDirectory people;

    @Test
    void itSupportOrdersTheWarehouseReceivesAndTheRequesterConfirmsOverRest() {
        RequestView application = fulfilment.toOrder(fulfilment.form(new LineForm(EquipmentCategory.MONITOR,
                "Monitor", 2, new BigDecimal("900.00"), "P24 " + System.nanoTime())));
        ApiClient support = ApiClient.anonymous(port).as(SUPPORT);

        Answer ordered = support.post(taskPath(application, ApplicationToItProcess.PLACE_ORDER) + "/order", Map.of(
                "supplier", "Altex Business", "orderNumber", "PO-9", "expectedDelivery", LocalDate.now().plusDays(3),
                "unitPrices", List.of(880)));
        Answer received = ApiClient.anonymous(port).as(WAREHOUSE_KEEPER).post(
                taskPath(application, ApplicationToItProcess.RECEIVE_GOODS) + "/receipt", Map.of(
                        "supplierDocument", "FV-9", "receiptDate", LocalDate.now(), "items", List.of(
                                Map.of("lineNo", 0, "serialNumber", "SN-A-" + System.nanoTime(), "warrantyMonths", 36),
                                Map.of("lineNo", 0, "serialNumber", "SN-B-" + System.nanoTime(), "warrantyMonths", 36))));
        Answer handedOver = support.post(taskPath(application, ApplicationToItProcess.HAND_OVER) + "/handover",
                Map.of("note", "Installed"));
        Answer confirmed = ApiClient.anonymous(port).as(REQUESTER).post(
                taskPath(application, ApplicationToItProcess.CONFIRM_RECEIPT) + "/receipt-confirmation", Map.of());

        assertThat(ordered.status()).isEqualTo(200);
        assertThat(ordered.body().path("total").decimalValue()).isEqualByComparingTo("1760.00");
        assertThat(received.body().path("number").asText()).startsWith("REC-");
        assertThat(handedOver.body().path("number").asText()).startsWith("MOV-");
        assertThat(confirmed.status()).isEqualTo(204);
        Answer handover = ApiClient.anonymous(port).as(REQUESTER).get(requestPath(application) + "/handover");
        assertThat(handover.body().path("confirmedAt").isNull()).isFalse();
        var pdf = new HttpTestClient(port).get(requestPath(application) + "/receipt.pdf", REQUESTER,
                HttpTestClient.DEMO_PASSWORD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void everyInvalidFieldOfAnOrderIsListedWithItsMessageAndNothingIsOrdered() {
        RequestView application = fulfilment.toOrder(fulfilment.form(new LineForm(EquipmentCategory.MONITOR,
                "Monitor", 1, new BigDecimal("900.00"), "P24 " + System.nanoTime())));

        Answer refused = ApiClient.anonymous(port).as(SUPPORT).post(
                taskPath(application, ApplicationToItProcess.PLACE_ORDER) + "/order",
                Map.of("supplier", "", "unitPrices", List.of(-1)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsOnly(
                Map.entry("supplier", "This field is required."),
                Map.entry("orderNumber", "This field is required."),
                Map.entry("expectedDelivery", "This field is required."),
                Map.entry("unitPrices[0]", "Enter a price above zero, with at most two decimals."));
        assertThat(ApiClient.anonymous(port).as(REQUESTER).get(requestPath(application) + "/orders").body()).isEmpty();
    }

    @Test
    void theWarehouseKeeperCannotPlaceOrdersAndNobodyElseReadsTheDocuments() {
        RequestView application = fulfilment.toOrder(fulfilment.form(new LineForm(EquipmentCategory.MONITOR,
                "Monitor", 1, new BigDecimal("900.00"), "P24 " + System.nanoTime())));

        Answer refused = ApiClient.anonymous(port).as(WAREHOUSE_KEEPER).post(
                taskPath(application, ApplicationToItProcess.PLACE_ORDER) + "/order", Map.of(
                        "supplier", "Altex", "orderNumber", "PO-1", "expectedDelivery", LocalDate.now(),
                        "unitPrices", List.of(900)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).as("alex.admin").get(requestPath(application) + "/orders").status())
                .isEqualTo(404);
    }

    private String taskPath(RequestView application, String step) {
        return "/api/v1/tasks/" + fulfilment.task(application, step).getId();
    }

    private static String requestPath(RequestView application) {
        return "/api/v1/requests/" + application.id();
    }
}
