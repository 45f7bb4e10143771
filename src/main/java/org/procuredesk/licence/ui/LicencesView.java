package org.procuredesk.licence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.LicenceReport;
import org.procuredesk.licence.LicenceSummary;
import org.procuredesk.licence.Licences;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;

/**
 * The licence register: every licence with its seats in use of those bought and an expiry badge; the chosen one's
 * assignments below it (IT assigns and removes seats there); and the report of unlicensed and expiring software.
 * {@code licences?licence=7} opens with licence 7 chosen, as a reminder's link does.
 */
@Route("licences")
@Menu(title = "nav.licences", order = 22, icon = "vaadin:key")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "IT_HEAD", "AUDITOR"})
public class LicencesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<LicenceSummary> grid = new Grid<>();
    private final Licences licences;
    private final Formats formats;
    private final LicenceDetailPanel detail;
    private final VerticalLayout list;
    private final LicenceReportPanel findings;

    public LicencesView(Licences licences, LicenceReport report, Formats formats, Clock clock,
                        AuthenticationContext authentication) {
        this.licences = licences;
        this.formats = formats;
        boolean keeper = authentication.hasAnyRole(Role.IT_SUPPORT.name(), Role.IT_SUPPORT_HEAD.name(),
                Role.IT_HEAD.name());
        this.detail = new LicenceDetailPanel(licences, formats, keeper, this::updateList);
        this.list = new VerticalLayout(grid, detail);
        this.findings = new LicenceReportPanel(report, formats);
        setSizeFull();
        configureGrid();
        list.setPadding(false);
        findings.setVisible(false);
        Button add = new Button(getTranslation("licenceForm.new"), click -> new LicenceDialog(null,
                LicenceForm.blank(LocalDate.now(clock)), licences, this::updateList).open());
        add.setId("licence-new");
        add.setVisible(keeper);
        list.addComponentAsFirst(add);
        add(new H2(getTranslation("nav.licences")), tabs(), list, findings);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.licences");
    }

    /** The list and the report, one shown at a time; the report is read again each time it is shown. */
    private Tabs tabs() {
        Tab listTab = new Tab(getTranslation("licence.tabList"));
        Tab reportTab = new Tab(getTranslation("licence.tabReport"));
        reportTab.setId("licence-report-tab");
        Tabs tabs = new Tabs(listTab, reportTab);
        tabs.setId("licence-tabs");
        tabs.addSelectedChangeListener(change -> {
            list.setVisible(change.getSelectedTab() == listTab);
            findings.setVisible(change.getSelectedTab() == reportTab);
            if (findings.isVisible()) {
                findings.refresh();
            }
        });
        return tabs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("licence")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf)
                .flatMap(id -> current().stream().filter(licence -> licence.id() == id).findFirst())
                .ifPresent(grid::select);
    }

    private void configureGrid() {
        grid.setId("licences");
        grid.setAllRowsVisible(true);
        grid.addColumn(LicenceSummary::product).setHeader(getTranslation("licence.product")).setFlexGrow(1);
        grid.addColumn(LicenceSummary::vendor).setHeader(getTranslation("licence.vendor")).setAutoWidth(true);
        grid.addColumn(LicenceSummary::edition).setHeader(getTranslation("licence.edition")).setAutoWidth(true);
        grid.addColumn(licence -> licence.seatsUsed() + " / " + licence.seats())
                .setHeader(getTranslation("licence.seatsHeader")).setAutoWidth(true);
        grid.addComponentColumn(this::expiry).setHeader(getTranslation("licence.expiresOn")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(chosen -> detail.show(chosen.getValue()));
    }

    private Span expiry(LicenceSummary licence) {
        LocalDate expiresOn = licence.expiresOn();
        Span cell = new Span(expiresOn == null ? "" : formats.date(expiresOn, getLocale()) + " ");
        Span badge = new Span(getTranslation("licence.expiry." + licence.expiry().name()));
        badge.getElement().setAttribute("theme", switch (licence.expiry()) {
            case EXPIRED -> "badge error small";
            case EXPIRING -> "badge contrast small";
            case VALID -> "badge success small";
            case PERPETUAL -> "badge small";
        });
        badge.addClassName("expiry-" + licence.expiry().name().toLowerCase(Locale.ROOT));
        cell.add(badge);
        return cell;
    }

    private List<LicenceSummary> current() {
        return grid.getListDataView().getItems().toList();
    }

    private void updateList() {
        LicenceSummary chosen = grid.asSingleSelect().getValue();
        grid.setItems(licences.list());
        if (chosen != null) {
            current().stream().filter(licence -> licence.id() == chosen.id()).findFirst().ifPresent(grid::select);
        }
    }
}
