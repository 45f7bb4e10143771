package org.procuredesk.notification;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface NotificationPreferenceRepository extends Repository<NotificationPreference, String> {

    NotificationPreference save(NotificationPreference preference);

    Optional<NotificationPreference> findById(String username);
}
