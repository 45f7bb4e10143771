package org.procuredesk.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRequestRepository extends JpaRepository<PurchaseRequest, Long> {

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDesc(String requesterUsername);

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDescIdDesc(String requesterUsername, Pageable page);

    List<PurchaseRequest> findByRequesterUsernameAndSubmittedAtGreaterThanEqualOrderBySubmittedAtDesc(
            String requesterUsername, Instant since);

    long countByRequesterUsername(String requesterUsername);

    Optional<PurchaseRequest> findByNumber(String number);

    @EntityGraph(attributePaths = "lines")
    List<PurchaseRequest> findByProcessInstanceIdInAndUrgencyOrderBySubmittedAtAscIdAsc(Collection<String> processInstanceIds,
                                                                                      Urgency urgency);

    @Query("select l.category as category, sum(l.quantity * l.estimatedUnitPrice) as amount"
            + " from PurchaseRequest r join r.lines l where r.id in :requestIds group by l.category")
    List<Object[]> amountsByCategory(Collection<Long> requestIds);
}
