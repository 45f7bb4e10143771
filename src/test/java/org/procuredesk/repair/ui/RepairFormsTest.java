package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.repair.OutOfWarrantyDecision;
import org.procuredesk.repair.RepairDocuments;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.repair.VendorOutcome;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The repair's task forms, the services stand-ins: what each offers, and what it records from what was entered. */
class RepairFormsTest {

    static final Clock CLOCK = Clock.fixed(Cases.REPORTED, ZoneId.of("Europe/Bucharest"));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final RepairTasks tasks = mock(RepairTasks.class);
    private final AssetRepairs assets = mock(AssetRepairs.class);
    private final Task task = mock(Task.class);
    private final AtomicInteger completed = new AtomicInteger();

    @BeforeEach
    void aTaskOnAnasLaptop() {
        when(task.getId()).thenReturn(Cases.TASK_ID);
        when(tasks.repairOf(Cases.TASK_ID)).thenReturn(Cases.laptop(1));
    }

    @Test
    void theTaskShowsTheCaseItIsAbout() {
        Component facts = new RepairTaskSubject(tasks, mock(RepairDocuments.class), RealTexts.FORMATS).create(task);

        assertThat(text(facts, "repair-number")).isEqualTo("RPR-2026-000001");
        assertThat(text(facts, "repair-holder")).isEqualTo("Ana Popescu");
        assertThat(text(facts, "repair-urgency")).isEqualTo("High");
        assertThat(text(facts, "repair-warranty")).isEqualTo("Until Jan 31, 2027: covers the fault");
    }

    @Test
    void dispatchOffersTheSupplierAsServiceCentreAndSendsTheRmaNumber() {
        when(assets.identify("INV-2026-000001")).thenReturn(asset("Compudava"));
        Component form = new DispatchForm(tasks, assets).create(task, completed::incrementAndGet);

        assertThat(Find.byId(form, "repair-serviceCentre", TextField.class).getValue()).isEqualTo("Compudava");
        Find.byId(form, "repair-rmaNumber", TextField.class).setValue("RMA-77");
        click(form, "repair-dispatch");

        verify(tasks).dispatch(Cases.TASK_ID, new RepairForms.Dispatch("Compudava", "RMA-77"));
        assertThat(completed).hasValue(1);
    }

    @Test
    void aReplacedUnitAsksForItsSerialNumberAndWarrantyOfferedAsTheOldOnes() {
        Component form = new ServiceResultForm(tasks, CLOCK).create(task, completed::incrementAndGet);
        TextField serial = Find.byId(form, "repair-replacementSerialNumber", TextField.class);
        assertThat(serial.isVisible()).isFalse();

        outcome(form).setValue(VendorOutcome.REPLACED);
        serial.setValue("SN-NEW-1");
        click(form, "repair-recordResult");

        assertThat(serial.isVisible()).isTrue();
        assertThat(Find.byId(form, "repair-replacementWarrantyUntil", DatePicker.class).getValue())
                .isEqualTo(Cases.WARRANTY_UNTIL);
        verify(tasks).recordServiceResult(Cases.TASK_ID,
                new RepairForms.ServiceResult(VendorOutcome.REPLACED, "", "SN-NEW-1", Cases.WARRANTY_UNTIL));
        assertThat(completed).hasValue(1);
    }

    @Test
    void aRefusalWithoutItsReasonIsRefusedOnTheNote() {
        doThrow(DomainException.ofField("note", "validation.required")).when(tasks)
                .recordServiceResult(eq(Cases.TASK_ID), any());
        Component form = new ServiceResultForm(tasks, CLOCK).create(task, completed::incrementAndGet);

        outcome(form).setValue(VendorOutcome.REFUSED);
        click(form, "repair-recordResult");

        TextArea note = Find.byId(form, "repair-note", TextArea.class);
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(Find.byId(form, "repair-replacementSerialNumber", TextField.class).isVisible()).isFalse();
        verify(tasks).recordServiceResult(Cases.TASK_ID,
                new RepairForms.ServiceResult(VendorOutcome.REFUSED, "", null, null));
        assertThat(completed).hasValue(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPaidRepairAsksWhatItMayCostAndTheDecisionIsRecorded() {
        Component form = new DecisionForm(tasks).create(task, completed::incrementAndGet);
        BigDecimalField cost = Find.byId(form, "repair-estimatedCost", BigDecimalField.class);
        RadioButtonGroup<OutOfWarrantyDecision> decision = Find.byId(form, "repair-decision",
                RadioButtonGroup.class);

        decision.setValue(OutOfWarrantyDecision.REPAIR_IN_HOUSE);
        assertThat(cost.isVisible()).isFalse();
        decision.setValue(OutOfWarrantyDecision.PAID_REPAIR);
        cost.setValue(new BigDecimal("350.00"));
        Find.byId(form, "repair-comment", TextArea.class).setValue("Cheaper than a new one");
        click(form, "repair-decide");

        assertThat(cost.isVisible()).isTrue();
        verify(tasks).decide(Cases.TASK_ID, new RepairForms.Decision(OutOfWarrantyDecision.PAID_REPAIR,
                new BigDecimal("350.00"), "Cheaper than a new one"));
        assertThat(completed).hasValue(1);
    }

    @Test
    void anInHouseRepairThatFailedIsRecordedAsNotRepairedWithItsNote() {
        Component form = new InHouseRepairForm(tasks).create(task, completed::incrementAndGet);

        Find.byId(form, "repair-note", TextArea.class).setValue("The mainboard is gone");
        click(form, "repair-notRepaired");

        verify(tasks).repairInHouse(Cases.TASK_ID, new RepairForms.Repair(false, "The mainboard is gone"));
        assertThat(completed).hasValue(1);
    }

    @Test
    void aPaidRepairDoneIsRecordedAsRepairedWithItsNote() {
        Component form = new PaidRepairForm(tasks).create(task, completed::incrementAndGet);

        Find.byId(form, "repair-note", TextArea.class).setValue("New hinge fitted");
        click(form, "repair-repaired");

        verify(tasks).completePaidRepair(Cases.TASK_ID, new RepairForms.Repair(true, "New hinge fitted"));
        verify(tasks, never()).repairInHouse(any(), any());
        assertThat(completed).hasValue(1);
    }

    @Test
    void givingBackCompletesTheTask() {
        Component form = new ReturnEquipmentForm(tasks).create(task, completed::incrementAndGet);

        click(form, "repair-giveBack");

        verify(tasks).giveBack(Cases.TASK_ID);
        assertThat(completed).hasValue(1);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<VendorOutcome> outcome(Component form) {
        return Find.byId(form, "repair-outcome", RadioButtonGroup.class);
    }

    private static void click(Component form, String buttonId) {
        Find.byId(form, buttonId, Button.class).click();
    }

    private static String text(Component root, String id) {
        return Find.byId(root, id, Span.class).getText();
    }

    private static AssetSummary asset(String supplier) {
        return new AssetSummary(1, "INV-2026-000001", "PF-123", EquipmentCategory.LAPTOP, "ThinkPad T14", "Laptop",
                AssetStatus.IN_USE, Holder.employee("ana.requester"), "Ana Popescu", Cases.WARRANTY_UNTIL, null,
                null, null, LocalDate.of(2025, 1, 31), supplier, null);
    }
}
