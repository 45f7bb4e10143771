package org.procuredesk.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.procuredesk.audit.AuditExports;
import org.procuredesk.audit.AuditViews.CaseDiagram;
import org.procuredesk.audit.AuditViews.ElementStats;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.CsvLink;
import org.procuredesk.system.ui.PdfLink;

/**
 * One case on its diagram, read-only: the path it took, where it waits, how often and how long each element ran; a
 * click on an element lists its executions. Below, the case's whole trail, downloadable as CSV and PDF. An unknown
 * number is said so.
 */
@Route("audit/cases/:key")
@RolesAllowed({"AUDITOR", "IT_HEAD"})
public class CaseAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseAudit cases;
    private final AuditExports exports;
    private final Formats formats;
    private String title = "";

    public CaseAuditView(CaseAudit cases, AuditExports exports, Formats formats) {
        this.cases = cases;
        this.exports = exports;
        this.formats = formats;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElseThrow();
        removeAll();
        title = getTranslation("nav.audit");
        cases.diagram(key).ifPresentOrElse(this::show, () -> {
            Paragraph unknown = new Paragraph(getTranslation("audit.case.notFound", key));
            unknown.setId("audit-unknown");
            add(unknown);
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CaseDiagram shown) {
        title = getTranslation("audit.caseTitle", shown.businessKey(), shown.processName());
        Paragraph facts = new Paragraph(getTranslation(shown.ended() ? "audit.caseEnded" : "audit.caseRunning",
                shown.version(), formats.dateTime(shown.started(), getLocale()),
                shown.endedAt() == null ? "" : formats.dateTime(shown.endedAt(), getLocale())));
        facts.setId("audit-case-facts");
        add(new H2(title), facts, diagram(shown), new H3(getTranslation("audit.trail")),
                new HorizontalLayout(
                        CsvLink.of("audit-trail-csv", getTranslation("audit.trailCsv"), shown.businessKey()
                                + "-trail.csv", () -> exports.caseTrailCsv(shown.businessKey())),
                        PdfLink.of("audit-trail-pdf", getTranslation("audit.trailPdf"), shown.businessKey()
                                + "-trail", locale -> exports.caseTrailPdf(shown.businessKey(), locale))),
                new TrailGrid(cases.trail(shown.businessKey()), formats));
    }

    private VerticalLayout diagram(CaseDiagram shown) {
        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("audit-diagram");
        diagram.setXml(shown.bpmnXml());
        Set<String> passed = new TreeSet<>(shown.passedFlows());
        shown.elements().forEach(element -> passed.add(element.elementId()));
        diagram.markPassed(passed);
        diagram.markCurrent(shown.current());
        diagram.setBadges(shown.elements().stream()
                .collect(Collectors.toMap(ElementStats::elementId, this::badge)));
        Map<String, String> names = shown.elements().stream()
                .collect(Collectors.toMap(ElementStats::elementId, this::name));
        H3 executionsTitle = new H3(getTranslation("audit.clickAnElement"));
        executionsTitle.setId("audit-executions-title");
        ExecutionsGrid executions = new ExecutionsGrid(formats);
        executions.setVisible(false);
        diagram.addElementClickListener(elementId -> {
            executionsTitle.setText(getTranslation("audit.executionsOf", names.getOrDefault(elementId, elementId)));
            executions.setItems(cases.executions(shown.businessKey(), elementId));
            executions.setVisible(true);
        });
        VerticalLayout panel = new VerticalLayout(diagram, executionsTitle, executions);
        panel.setPadding(false);
        return panel;
    }

    private String badge(ElementStats element) {
        return element.averageMillis() == null ? getTranslation("audit.badgeRuns", element.executions())
                : getTranslation("audit.badge", element.executions(), Durations.of(this, element.averageMillis()));
    }

    private String name(ElementStats element) {
        return element.elementName() == null || element.elementName().isBlank() ? element.elementId()
                : element.elementName();
    }
}
