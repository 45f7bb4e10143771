package org.procuredesk.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;

/**
 * Which steps of a case its trail shows, as what. Gateways, the plain start and end events (the trail's own start and
 * end say those) and the decision tables' tasks (their decisions are in it) are left out; every other step is shown.
 */
final class TrailSteps {

    private static final Set<String> LEFT_OUT = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL,
            ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_EVENT_BASED, ActivityTypes.GATEWAY_COMPLEX,
            ActivityTypes.START_EVENT, ActivityTypes.END_EVENT_NONE, ActivityTypes.TASK_BUSINESS_RULE,
            ActivityTypes.MULTI_INSTANCE_BODY);

    private static final Map<String, AuditViews.TrailKind> EVENTS = Map.ofEntries(
            Map.entry(ActivityTypes.INTERMEDIATE_EVENT_TIMER, AuditViews.TrailKind.TIMER),
            Map.entry(ActivityTypes.BOUNDARY_TIMER, AuditViews.TrailKind.TIMER),
            Map.entry(ActivityTypes.START_EVENT_TIMER, AuditViews.TrailKind.TIMER),
            Map.entry(ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.BOUNDARY_MESSAGE, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.START_EVENT_MESSAGE, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.TASK_RECEIVE_TASK, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.INTERMEDIATE_EVENT_MESSAGE_THROW, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.END_EVENT_MESSAGE, AuditViews.TrailKind.MESSAGE),
            Map.entry(ActivityTypes.BOUNDARY_ESCALATION, AuditViews.TrailKind.ESCALATION),
            Map.entry(ActivityTypes.INTERMEDIATE_EVENT_ESCALATION_THROW, AuditViews.TrailKind.ESCALATION),
            Map.entry(ActivityTypes.END_EVENT_ESCALATION, AuditViews.TrailKind.ESCALATION),
            Map.entry(ActivityTypes.START_EVENT_ESCALATION, AuditViews.TrailKind.ESCALATION));

    private TrailSteps() {
    }

    /** What a step of the type is on the trail; none for a step left out. */
    static Optional<AuditViews.TrailKind> kindOf(String activityType) {
        return LEFT_OUT.contains(activityType) ? Optional.empty()
                : Optional.of(EVENTS.getOrDefault(activityType, AuditViews.TrailKind.TASK));
    }
}
