package org.procuredesk.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseRequestRepository extends JpaRepository<PurchaseRequest, Long> {

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDesc(String requesterUsername);

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDescIdDesc(String requesterUsername, Pageable page);

    List<PurchaseRequest> findByRequesterUsernameAndSubmittedAtGreaterThanEqualOrderBySubmittedAtDesc(
            String requesterUsername, Instant since);

    long countByRequesterUsername(String requesterUsername);

    Optional<PurchaseRequest> findByNumber(String number);
}
