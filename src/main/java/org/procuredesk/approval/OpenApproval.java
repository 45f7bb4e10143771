package org.procuredesk.approval;

import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.RequestFacts;

/** An approval task someone may decide: which approval it gives, on which application. */
record OpenApproval(String taskId, Approval approval, RequestFacts application) {
}
