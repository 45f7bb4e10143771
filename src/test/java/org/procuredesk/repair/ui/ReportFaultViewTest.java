package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairUrgency;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The fault report's part only, the service a stand-in: what it sends, and its refusals on the fields they name. */
class ReportFaultViewTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final RepairCases cases = mock(RepairCases.class);
    private final ReportFaultView view = new ReportFaultView(cases);

    @Test
    void theAssetOfTheLinkFollowedIsFilledInAndTheUrgencyIsNormal() {
        BeforeEnterEvent arrival = mock(BeforeEnterEvent.class);
        when(arrival.getLocation()).thenReturn(new Location("repairs/report",
                QueryParameters.of("asset", "INV-2026-000001")));

        view.beforeEnter(arrival);

        assertThat(field("repair-asset").getValue()).isEqualTo("INV-2026-000001");
        assertThat(urgency().getValue()).isEqualTo(RepairUrgency.NORMAL);
    }

    @Test
    void reportsTheFaultAsEntered() {
        when(cases.report(any())).thenReturn(Cases.laptop(1));
        field("repair-asset").setValue("PF-123");
        Find.byId(view, "repair-symptoms", TextArea.class).setValue("The screen flickers");
        urgency().setValue(RepairUrgency.HIGH);

        Find.byId(view, "repair-report", Button.class).click();

        verify(cases).report(new RepairForms.FaultReport("PF-123", "The screen flickers", RepairUrgency.HIGH));
    }

    @Test
    void aRefusalOfTheAssetShowsOnTheAssetFieldAlone() {
        when(cases.report(any())).thenThrow(DomainException.ofField("asset", "repair.notYourAsset",
                "INV-2026-000009"));
        field("repair-asset").setValue("INV-2026-000009");
        Find.byId(view, "repair-symptoms", TextArea.class).setValue("It does not start");

        Find.byId(view, "repair-report", Button.class).click();

        TextField asset = field("repair-asset");
        assertThat(asset.isInvalid()).isTrue();
        assertThat(asset.getErrorMessage())
                .isEqualTo("You can report faults only on equipment you hold; ask IT support about asset INV-2026-000009.");
        assertThat(Find.byId(view, "repair-symptoms", TextArea.class).isInvalid()).isFalse();
        assertThat(Find.byId(view, "repair-symptoms", TextArea.class).getValue()).isEqualTo("It does not start");
    }

    private TextField field(String id) {
        return Find.byId(view, id, TextField.class);
    }

    @SuppressWarnings("unchecked")
    private Select<RepairUrgency> urgency() {
        return Find.byId(view, "repair-urgency", Select.class);
    }
}
