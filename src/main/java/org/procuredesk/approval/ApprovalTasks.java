package org.procuredesk.approval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;

/** Which approval each approval task of the Application to IT model gives. */
public final class ApprovalTasks {

    private static final Map<String, Approval> BY_TASK = Map.of(
            ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, Approval.LINE_MANAGER,
            ApplicationToItProcess.APPROVE_BY_IT_HEAD, Approval.IT_HEAD,
            ApplicationToItProcess.APPROVE_BY_SECURITY, Approval.SECURITY,
            ApplicationToItProcess.APPROVE_BY_FINANCE, Approval.FINANCE,
            ApplicationToItProcess.APPROVE_PRICE_OVERRUN, Approval.PRICE_OVERRUN);

    static final Set<String> STEPS = BY_TASK.keySet();

    private ApprovalTasks() {
    }

    public static Optional<Approval> of(String taskDefinitionKey) {
        return Optional.ofNullable(BY_TASK.get(taskDefinitionKey));
    }
}
