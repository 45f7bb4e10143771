package org.procuredesk.tasklist;

import java.math.BigDecimal;

/**
 * What the case behind a task is about, as the task list shows and filters it: the same few facts
 * for every process, each supplied by the feature that owns the process ({@link CaseSummaries}).
 *
 * @param requester    who the case is for (a user name), if anyone
 * @param amount       the money at stake, if any
 * @param subject      a line saying what it is about, e.g. the first item of an application
 * @param departmentId the department it belongs to, if any
 * @param branchId     the branch it belongs to, if any
 */
public record CaseSummary(String requester, BigDecimal amount, String subject, Long departmentId, Long branchId) {

    public static final CaseSummary NONE = new CaseSummary(null, null, null, null, null);

    public CaseSummary {
        subject = subject == null || subject.length() <= 255 ? subject : subject.substring(0, 254) + "…";
    }
}
