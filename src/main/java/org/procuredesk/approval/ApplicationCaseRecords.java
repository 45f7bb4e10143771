package org.procuredesk.approval;

import java.util.List;
import java.util.stream.Stream;
import org.procuredesk.audit.AuditViews;
import org.procuredesk.audit.CaseRecords;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's own records on its audit trail: each approver's recorded decision (who, for whom, what, on what
 * amount, why) and each movement document that issued or returned its equipment.
 */
@Component
class ApplicationCaseRecords implements CaseRecords {

    private final RequestRecords requests;
    private final ApprovalDecisionRepository decisions;
    private final AssetRegister register;
    private final PeopleDirectory people;

    ApplicationCaseRecords(RequestRecords requests, ApprovalDecisionRepository decisions, AssetRegister register,
                           PeopleDirectory people) {
        this.requests = requests;
        this.decisions = decisions;
        this.register = register;
        this.people = people;
    }

    @Override
    public boolean handles(String processKey) {
        return ApplicationToItProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditViews.TrailEntry> entries(String businessKey) {
        return requests.idOf(businessKey).map(requestId -> Stream.concat(
                decisions.findByRequestIdOrderByDecidedAtAscIdAsc(requestId).stream()
                        .map(ApprovalDecisionRecord::view).map(this::decision),
                register.movementsForRequest(requestId).stream().map(ApplicationCaseRecords::movement)).toList())
                .orElse(List.of());
    }

    private AuditViews.TrailEntry decision(ApprovalDecisionView decision) {
        String detail = "decision = " + decision.decision() + ", amount = " + decision.amount().toPlainString()
                + (decision.actingFor() == null ? "" : ", actingFor = " + decision.actingFor())
                + (decision.comment() == null ? "" : ", comment = " + decision.comment());
        return new AuditViews.TrailEntry(decision.decidedAt(), AuditViews.TrailKind.RECORD,
                decision.approval().name(), decision.decidedBy(), people.nameOf(decision.decidedBy()), detail);
    }

    private static AuditViews.TrailEntry movement(MovementDocumentView document) {
        return new AuditViews.TrailEntry(document.recordedAt(), AuditViews.TrailKind.DOCUMENT, document.number(),
                document.recordedBy(), document.recordedByName(),
                document.fromName() + " → " + document.toName() + ": " + document.reason());
    }
}
