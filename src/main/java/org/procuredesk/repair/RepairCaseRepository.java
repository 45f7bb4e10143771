package org.procuredesk.repair;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RepairCaseRepository extends JpaRepository<RepairCase, Long> {

    Optional<RepairCase> findByOpenAssetId(Long assetId);

    Optional<RepairCase> findByProcessInstanceId(String processInstanceId);

    Optional<RepairCase> findByNumber(String number);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RepairCase r where r.id = :id")
    Optional<RepairCase> lock(Long id);

    List<RepairCase> findAllByOrderByReportedAtDescIdDesc();

    @Query("""
            select r from RepairCase r where r.reportedBy = :username
            or (r.holderKind = org.procuredesk.inventory.HolderKind.EMPLOYEE and r.holderReference = :username)
            order by r.reportedAt desc, r.id desc""")
    List<RepairCase> involving(String username);

    /** The cases open now or closed since {@code since}: what the SLA report looks at. */
    @Query("select r from RepairCase r where r.closedAt is null or r.closedAt >= :since order by r.reportedAt")
    List<RepairCase> openOrClosedSince(Instant since);
}
