package org.procuredesk.approval;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Decisions can be added and read; the repository offers no way to change or delete one. */
interface ApprovalDecisionRepository extends Repository<ApprovalDecisionRecord, Long> {

    ApprovalDecisionRecord save(ApprovalDecisionRecord decision);

    List<ApprovalDecisionRecord> findByRequestIdOrderByDecidedAtAscIdAsc(Long requestId);

    List<ApprovalDecisionRecord> findByProcessInstanceId(String processInstanceId);
}
