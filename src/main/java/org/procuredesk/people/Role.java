package org.procuredesk.people;

/**
 * What a person may do. The names are also the engine's candidate groups, so a BPMN user task
 * with {@code camunda:candidateGroups="IT_SUPPORT"} is offered to everyone holding that role.
 */
public enum Role {
    REQUESTER,
    LINE_MANAGER,
    IT_SUPPORT,
    IT_SUPPORT_HEAD,
    IT_HEAD,
    FINANCE,
    SECURITY,
    WAREHOUSE,
    AUDITOR,
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message bundle key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
