package org.procuredesk.replenishment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplenishmentRepository extends JpaRepository<Replenishment, Long> {

    Optional<Replenishment> findByNumber(String number);

    boolean existsByOpenKey(String openKey);

    Optional<Replenishment> findByProcessInstanceId(String processInstanceId);

    List<Replenishment> findByProcessInstanceIdInAndUrgentOrderByUpdatedAtAscIdAsc(Collection<String> processes,
                                                                                  boolean urgent);

    List<Replenishment> findAllByOrderByIdDesc();
}
