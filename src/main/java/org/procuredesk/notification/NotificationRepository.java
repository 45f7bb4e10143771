package org.procuredesk.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    Optional<Notification> findById(Long id);

    Optional<Notification> findByIdAndRecipient(Long id, String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
