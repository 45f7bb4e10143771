package org.procuredesk.replenishment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.SignedIn;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentView;
import org.procuredesk.replenishment.Replenishments;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.WithConsumables;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;

/** The replenishment's task forms on the real services: what each shows, records, and refuses on its fields. */
class ReplenishmentFormsTest extends WithConsumables {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    @Autowired
    ReplenishmentTaskSubject subject;
    @Autowired
    ApproveReplenishmentForm approveForm;
    @Autowired
    OrderReplenishmentForm orderForm;
    @Autowired
    ReceiveReplenishmentForm receiveForm;
    @Autowired
    Replenishments replenishments;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    final AtomicInteger completed = new AtomicInteger();

    @Test
    void itSupportRecordsTheOrderAndTheWarehouseReceivesWhatArrivedIntoStock() {
        ReplenishmentView urgent = replenishment("3.50");
        runtimeService.correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, urgent.number());

        SignedIn.as(people, "ion.support", () -> {
            Component facts = subject.create(task(urgent));
            assertThat(Find.byId(facts, "replenishment-quantity", Span.class).getText()).isEqualTo("10 pcs");
            assertThat(Find.byId(facts, "replenishment-budget", Span.class).getText()).isEqualTo("Weekly (urgent)");
            Component form = orderForm.create(task(urgent), completed::incrementAndGet);
            assertThat(Find.byId(form, "replenishment-supplier", TextField.class).getValue())
                    .isEqualTo("Print Depot SRL");
            Find.byId(form, "replenishment-supplierOrderReference", TextField.class).setValue("PD-2211");
            Find.byId(form, "replenishment-expectedDelivery", DatePicker.class).setValue(LocalDate.now().plusDays(2));
            Find.byId(form, "replenishment-order", Button.class).click();
        });
        asKeeper(() -> {
            Component form = receiveForm.create(task(urgent), completed::incrementAndGet);
            assertThat(Find.byId(form, "replenishment-quantity", IntegerField.class).getValue()).isEqualTo(10);
            Find.byId(form, "replenishment-receive", Button.class).click();
            return null;
        });

        assertThat(completed).hasValue(2);
        assertThat(onHand(urgent.sku(), warehouse)).isEqualTo(10);
        assertThat(asKeeper(() -> replenishments.detail(urgent.number())).receiptDocumentNumber()).isNotBlank();
    }

    @Test
    void anExpectedDeliveryInThePastIsRefusedOnItsField() {
        ReplenishmentView urgent = replenishment("3.50");
        runtimeService.correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, urgent.number());

        SignedIn.as(people, "ion.support", () -> {
            Component form = orderForm.create(task(urgent), completed::incrementAndGet);
            Find.byId(form, "replenishment-supplierOrderReference", TextField.class).setValue("PD-2212");
            DatePicker expected = Find.byId(form, "replenishment-expectedDelivery", DatePicker.class);
            expected.setValue(LocalDate.now().minusDays(1));
            Find.byId(form, "replenishment-order", Button.class).click();

            assertThat(expected.isInvalid()).isTrue();
            assertThat(expected.getErrorMessage()).isEqualTo("The expected delivery cannot be in the past.");
        });
        assertThat(completed).hasValue(0);
    }

    @Test
    void theItHeadRejectsOnlySayingWhy() {
        ReplenishmentView costly = replenishment("150.00");

        SignedIn.as(people, "victor.ithead", () -> {
            Component form = approveForm.create(task(costly), completed::incrementAndGet);
            Find.byId(form, "replenishment-decision-reject", Button.class).click();

            TextArea comment = Find.byId(form, "replenishment-decision-comment", TextArea.class);
            assertThat(comment.isInvalid()).isTrue();
            assertThat(comment.getErrorMessage()).isEqualTo("Say why the replenishment is rejected.");
            comment.setValue("Ordered centrally this month");
            Find.byId(form, "replenishment-decision-reject", Button.class).click();
        });
        assertThat(completed).hasValue(1);
    }

    /** Stock emptied of a consumable kept between 2 and 10 units: ten to order, at the unit price given. */
    private ReplenishmentView replenishment(String unitPrice) {
        String sku = "RF-" + Long.toHexString(System.nanoTime()).toUpperCase();
        asKeeper(() -> catalogue.create(new ConsumableForm(sku, "Toner Canon 045", "pcs", null, 2, 10, 10,
                "Print Depot SRL", 1, new BigDecimal(unitPrice), true, null)));
        receive(warehouse, sku, 2);
        issueToAna(warehouse, line(sku, 2));
        return asKeeper(replenishments::list).stream().filter(replenishment -> replenishment.sku().equals(sku))
                .findFirst().orElseThrow();
    }

    private Task task(ReplenishmentView replenishment) {
        return taskService.createTaskQuery().processInstanceBusinessKey(replenishment.number()).singleResult();
    }
}
