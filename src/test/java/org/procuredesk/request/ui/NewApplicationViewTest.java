package org.procuredesk.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.Submission;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.procuredesk.ui.Find;

/**
 * The page's part only: the service's refusals land on the fields, and the lines, they name.
 * The service is a stand-in.
 */
class NewApplicationViewTest {

    private final PurchaseRequestService requests = mock(PurchaseRequestService.class);
    /** Held here: Vaadin keeps the current UI only weakly. */
    private final UI ui = new UI();
    private NewApplicationView view;

    @BeforeEach
    void openView() {
        UI.setCurrent(ui);
        PeopleDirectory people = mock(PeopleDirectory.class);
        when(people.branches()).thenReturn(List.of(new BranchSummary(1L, "BUC", "Bucharest", "București", 0)));
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getPrincipalName()).thenReturn(Optional.of("ana.requester"));
        Formats formats = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
                ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"),
                new FirstAdministrator(null, null, "A", null)));
        view = new NewApplicationView(requests, people, authentication, formats,
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Bucharest")));
    }

    @AfterEach
    void closeView() {
        UI.setCurrent(null);
    }

    @Test
    void showsARefusalOfOneLinesFieldOnThatLineOnly() {
        when(requests.submit(any(), any())).thenThrow(
                DomainException.ofField("lines[1].estimatedUnitPrice", "request.priceTooHigh", "100000"));
        fillLine(0, EquipmentCategory.LAPTOP, "Laptop", "4200");
        Find.byId(view, "line-add", Button.class).click();
        fillLine(1, EquipmentCategory.SERVER, "Server", "250000");

        Find.byId(view, "application-submit", Button.class).click();

        BigDecimalField refused = Find.byId(view, "line-1-estimatedUnitPrice", BigDecimalField.class);
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).isEqualTo(view.getTranslation("request.priceTooHigh", "100000"));
        assertThat(Find.byId(view, "line-0-estimatedUnitPrice", BigDecimalField.class).isInvalid()).isFalse();
    }

    @Test
    void showsEachInvalidFieldOfTheHeaderAndOfTheLinesAndClearsThemOnTheNextTry() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            when(requests.submit(any(), any())).thenAnswer(call -> {
                throw new ConstraintViolationException(factory.getValidator()
                        .validate((RequestForm) call.getArgument(1), Default.class, Submission.class));
            });
            fillLine(0, EquipmentCategory.LAPTOP, "", "4200");

            Find.byId(view, "application-submit", Button.class).click();

            assertThat(Find.byId(view, "request-justification", TextArea.class).isInvalid()).isTrue();
            assertThat(Find.byId(view, "line-0-description", TextField.class).isInvalid()).isTrue();
            assertThat(Find.byId(view, "line-0-quantity", IntegerField.class).isInvalid()).isFalse();
            assertThat(Find.byId(view, "request-deliveryBranchId", ComboBox.class).isInvalid()).isTrue();

            Find.byId(view, "request-justification", TextArea.class).setValue("The old one broke");
            Find.byId(view, "application-submit", Button.class).click();
            assertThat(Find.byId(view, "request-justification", TextArea.class).isInvalid()).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private void fillLine(int index, EquipmentCategory category, String description, String unitPrice) {
        Find.byId(view, "line-" + index + "-category", ComboBox.class).setValue(category);
        Find.byId(view, "line-" + index + "-description", TextField.class).setValue(description);
        Find.byId(view, "line-" + index + "-estimatedUnitPrice", BigDecimalField.class)
                .setValue(new BigDecimal(unitPrice));
    }
}
