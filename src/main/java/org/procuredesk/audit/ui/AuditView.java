package org.procuredesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.audit.AuditExports;
import org.procuredesk.audit.AuditViews.CaseRef;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;
import org.procuredesk.system.ui.CsvLink;
import org.procuredesk.system.ui.PageLink;
import org.procuredesk.system.ui.PdfLink;

/**
 * Where auditors start: any case found by its number opens on its diagram; every decision of a period downloads as
 * CSV or as a PDF report; the processes' own page is linked. Nothing here changes anything.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 40, icon = "vaadin:search")
@RolesAllowed({"AUDITOR", "IT_HEAD"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final CaseAudit cases;
    private final Formats formats;
    private final TextField search = new TextField();
    private final Grid<CaseRef> found = new Grid<>();

    public AuditView(CaseAudit cases, AuditExports exports, Formats formats, Clock clock) {
        this.cases = cases;
        this.formats = formats;
        setSizeFull();
        search.setId("audit-search");
        search.setLabel(getTranslation("audit.caseNumber"));
        search.setPlaceholder(getTranslation("audit.caseNumberHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> find(change.getValue()));
        configureGrid();
        PeriodPicker period = new PeriodPicker("audit-decisions", LocalDate.now(clock), () -> { });
        HorizontalLayout downloads = new HorizontalLayout(
                CsvLink.of("audit-decisions-csv", getTranslation("audit.decisionsCsv"), "decisions.csv",
                        () -> exports.decisionsCsv(period.from(), period.to())),
                PdfLink.of("audit-decisions-pdf", getTranslation("audit.decisionsPdf"), "decisions",
                        locale -> exports.decisionsPdf(period.from(), period.to(), locale)));
        add(new H2(getPageTitle()), PageLink.to("audit-processes", "audit/processes",
                        getTranslation("nav.auditProcesses")), search, found,
                new H3(getTranslation("audit.decisions")), period, downloads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }

    private void find(String numberStart) {
        found.setItems(numberStart.isBlank() ? List.of() : cases.find(numberStart.strip()));
    }

    private void configureGrid() {
        found.setId("audit-cases");
        found.setAllRowsVisible(true);
        found.addColumn(CaseRef::businessKey).setHeader(getTranslation("audit.caseNumber")).setAutoWidth(true);
        found.addColumn(CaseRef::processName).setHeader(getTranslation("audit.process")).setFlexGrow(1);
        found.addColumn(ref -> dateTime(ref.started())).setHeader(getTranslation("audit.started"))
                .setAutoWidth(true);
        found.addColumn(ref -> ref.ended() == null ? getTranslation("audit.running") : dateTime(ref.ended()))
                .setHeader(getTranslation("audit.ended")).setAutoWidth(true);
        found.addItemClickListener(click -> found.getUI().ifPresent(ui -> ui.navigate(AuditLink.path(click.getItem()
                .businessKey()))));
    }

    private String dateTime(Instant instant) {
        return formats.dateTime(instant, getLocale());
    }
}
