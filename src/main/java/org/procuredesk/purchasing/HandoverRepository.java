package org.procuredesk.purchasing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {

    Optional<Handover> findByRequestId(Long requestId);
}
