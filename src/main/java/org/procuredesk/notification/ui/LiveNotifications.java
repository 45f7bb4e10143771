package org.procuredesk.notification.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.procuredesk.notification.NotificationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The bells open right now, by whose they are. Once the transaction that told someone something has
 * committed, each of that person's bells is told to count again; a rolled-back notification reaches none.
 */
@Component
class LiveNotifications {

    private final Map<String, Set<Runnable>> bells = new ConcurrentHashMap<>();

    /** Until removed, {@code countAgain} runs whenever the person is told something; it must not block. */
    Registration follow(String username, Runnable countAgain) {
        bells.compute(username, (name, countsAgain) -> {
            Set<Runnable> following = countsAgain == null ? ConcurrentHashMap.newKeySet() : countsAgain;
            following.add(countAgain);
            return following;
        });
        return () -> bells.computeIfPresent(username, (name, countsAgain) -> {
            countsAgain.remove(countAgain);
            return countsAgain.isEmpty() ? null : countsAgain;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void told(NotificationCreated notification) {
        bells.getOrDefault(notification.recipient(), Set.of()).forEach(Runnable::run);
    }
}
