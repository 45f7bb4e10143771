package org.procuredesk.audit;

import java.time.Clock;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Who exported what of the audit trail, and when: logged before the export is handed out, never changed. */
@Component
class ExportLog {

    private final AuditExportRepository exports;
    private final PeopleDirectory people;
    private final Clock clock;

    ExportLog(AuditExportRepository exports, PeopleDirectory people, Clock clock) {
        this.exports = exports;
        this.people = people;
        this.clock = clock;
    }

    void logged(AuditExportKind kind, String subject, int rowCount) {
        exports.save(new AuditExport(CurrentUser.username(), clock.instant(), kind, subject, rowCount));
    }

    /** The latest exports, newest first. */
    List<AuditViews.ExportEntry> latest() {
        return exports.findTop500ByOrderByExportedAtDescIdDesc().stream()
                .map(export -> export.view(people.nameOf(export.getExportedBy()))).toList();
    }
}
