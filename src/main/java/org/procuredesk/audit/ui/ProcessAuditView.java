package org.procuredesk.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.procuredesk.audit.AuditViews.HeatElement;
import org.procuredesk.audit.AuditViews.ProcessHeatMap;
import org.procuredesk.audit.AuditViews.ProcessVersion;
import org.procuredesk.audit.ProcessAudit;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;

/**
 * Every process version as auditors and the IT head see it: its instances by state and, over a period (the last 90
 * days unless chosen), a heat map of where instances went and how long they stayed, with the slowest steps listed;
 * below, the open incidents. An administrator sees only the incidents, and may retry their jobs.
 */
@Route("audit/processes")
@Menu(title = "nav.auditProcesses", order = 41, icon = "vaadin:chart")
@RolesAllowed({"AUDITOR", "IT_HEAD", "ADMIN"})
public class ProcessAuditView extends VerticalLayout implements HasDynamicTitle {

    private final ProcessAudit processes;
    private final Select<ProcessVersion> version = new Select<>();
    private final BpmnDiagram diagram = new BpmnDiagram();
    private final SlowestStepsGrid slowest = new SlowestStepsGrid();
    private final StateFigures states;
    private final PeriodPicker period;

    public ProcessAuditView(ProcessAudit processes, Formats formats, Clock clock, AuthenticationContext authentication) {
        this.processes = processes;
        this.states = new StateFigures(formats);
        this.period = new PeriodPicker("audit-period", LocalDate.now(clock), this::refresh);
        setSizeFull();
        add(new H2(getPageTitle()));
        if (authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name())) {
            showHeatMap();
        }
        add(new H3(getTranslation("audit.incidents")),
                new IncidentsGrid(processes, formats, authentication.hasRole(Role.ADMIN.name())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.auditProcesses");
    }

    private void showHeatMap() {
        List<ProcessVersion> versions = processes.versions();
        version.setId("audit-version");
        version.setLabel(getTranslation("audit.version"));
        version.setItemLabelGenerator(shown -> getTranslation("audit.versionLabel", shown.name(), shown.version(),
                shown.running(), shown.completed(), shown.cancelled(), shown.withIncidents()));
        version.setItems(versions);
        version.setWidth("40em");
        version.addValueChangeListener(change -> refresh());
        diagram.setId("audit-heat-diagram");
        add(version, period, states, diagram, new H3(getTranslation("audit.slowest")), slowest);
        versions.stream().findFirst().ifPresent(version::setValue);
    }

    private void refresh() {
        if (version.getValue() == null || !period.isChosen()) {
            return;
        }
        ProcessHeatMap heat = processes.heatMap(version.getValue().processDefinitionId(), period.from(), period.to());
        states.show(heat.instancesByState());
        diagram.setXml(heat.bpmnXml());
        long most = heat.elements().stream().mapToLong(HeatElement::passed).max().orElse(0);
        diagram.setHeat(heat.elements().stream().collect(Collectors.toMap(HeatElement::elementId,
                element -> most == 0 ? 0.0 : (double) element.passed() / most)));
        diagram.setBadges(heat.elements().stream().collect(Collectors.toMap(HeatElement::elementId, this::badge)));
        slowest.show(heat.elements());
    }

    private String badge(HeatElement element) {
        return getTranslation("audit.heatBadge", element.passed(), orDash(element.averageMillis()),
                orDash(element.p95Millis()));
    }

    private String orDash(Long millis) {
        return millis == null ? "–" : Durations.of(this, millis);
    }
}
