package org.procuredesk.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Exports are only ever logged and read: this repository has no way to change or remove one. */
interface AuditExportRepository extends Repository<AuditExport, Long> {

    AuditExport save(AuditExport export);

    Optional<AuditExport> findById(Long id);

    List<AuditExport> findTop500ByOrderByExportedAtDescIdDesc();
}
