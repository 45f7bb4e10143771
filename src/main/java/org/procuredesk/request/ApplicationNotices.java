package org.procuredesk.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * What the requester is told about their application's outcome. The model calls it as an execution
 * listener where the outcome is reached, e.g. {@code ${applicationNotices.approved(execution)}}.
 */
@Component("applicationNotices")
public class ApplicationNotices {

    private final RequestRecords records;
    private final Notifications notifications;
    private final HistoryService historyService;
    private final ZoneId companyTimeZone;

    ApplicationNotices(RequestRecords records, Notifications notifications, HistoryService historyService,
                       ZoneId companyTimeZone) {
        this.records = records;
        this.notifications = notifications;
        this.historyService = historyService;
        this.companyTimeZone = companyTimeZone;
    }

    public void approved(DelegateExecution execution) {
        tell(execution, NotificationKind.APPLICATION_DECIDED, "notice.applicationApproved");
    }

    public void rejected(DelegateExecution execution) {
        tell(execution, NotificationKind.APPLICATION_DECIDED, "notice.applicationRejected");
    }

    /** Returned for correction and not corrected in time: the requester is told since when it waited. */
    public void cancelled(DelegateExecution execution) {
        tell(execution, NotificationKind.APPLICATION_CANCELLED, "notice.applicationCancelled",
                returnedOn(execution.getProcessInstanceId()));
    }

    /** Tells the requester, with the application's number as the first argument, and leads to its page. */
    private void tell(DelegateExecution execution, NotificationKind kind, String messageKey, Object... details) {
        RequestFacts application = records.facts((Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID));
        Object[] args = Stream.concat(Stream.of(application.number()), Arrays.stream(details)).toArray();
        notifications.notifyPerson(application.requesterUsername(), kind, Links.application(application.requestId()),
                messageKey, args);
    }

    /** The day the last correction was asked for: when its task began. */
    private LocalDate returnedOn(String processInstanceId) {
        HistoricTaskInstance correction = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(ApplicationToItProcess.CORRECT_APPLICATION)
                .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1).get(0);
        return LocalDate.ofInstant(correction.getStartTime().toInstant(), companyTimeZone);
    }
}
