package org.procuredesk.licence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LicenceAssignmentRepository extends JpaRepository<LicenceAssignment, Long> {

    boolean existsByLicenceIdAndAssigneeKindAndActiveAssignee(long licenceId, AssigneeKind kind, String assignee);

    /** Every assignment of the licence, those in force first, then the removed ones, newest first. */
    @Query("select a from LicenceAssignment a where a.licenceId = :licence"
            + " order by case when a.removedAt is null then 0 else 1 end, a.assignedAt desc, a.id desc")
    List<LicenceAssignment> history(@Param("licence") long licenceId);

    @Query("select a from LicenceAssignment a where a.licenceId in :licences and a.removedAt is null"
            + " order by a.assignee")
    List<LicenceAssignment> activeOf(@Param("licences") Collection<Long> licenceIds);

    /** Records the removal of an assignment in force: 1 when removed, 0 when there is none such in force. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update licence_assignment set removed_by = :by, removed_at = :at, active_assignee = null"
            + " where id = :id and licence_id = :licence and removed_at is null", nativeQuery = true)
    int remove(@Param("licence") long licenceId, @Param("id") long assignmentId, @Param("by") String removedBy,
               @Param("at") Instant removedAt);
}
