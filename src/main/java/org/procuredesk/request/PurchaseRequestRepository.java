package org.procuredesk.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseRequestRepository extends JpaRepository<PurchaseRequest, Long> {

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDesc(String requesterUsername);

    List<PurchaseRequest> findByRequesterUsernameOrderByCreatedAtDescIdDesc(String requesterUsername, Pageable page);

    long countByRequesterUsername(String requesterUsername);

    Optional<PurchaseRequest> findByNumber(String number);
}
