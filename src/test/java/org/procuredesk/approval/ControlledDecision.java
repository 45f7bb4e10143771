package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.procuredesk.tasklist.ReadProcessVariables;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One approver's decision in a thread of its own that stops at a chosen point until the test lets it go on, as
 * the engine's {@code ControllableThread} does: the test runs the other approver meanwhile, so the two interleave
 * exactly as chosen rather than as the scheduler happens to.
 */
final class ControlledDecision {

    private static final long PATIENCE_SECONDS = 30;

    /** Where the decision stops. */
    enum HoldPoint {
        /** The task read and found open; nothing of its application read yet and nothing written. */
        AFTER_READING_THE_TASK,
        /** Everything written in the decision's own transaction, which is about to commit. */
        BEFORE_COMMIT
    }

    private final Semaphore reached = new Semaphore(0);
    private final Semaphore goOn = new Semaphore(0);
    private final FutureTask<Object> outcome;
    private volatile boolean held;

    private ControlledDecision(Supplier<?> decision, HoldPoint at, HeldCommands commands, TransactionTemplate transaction) {
        outcome = new FutureTask<>(() -> {
            try {
                return at == HoldPoint.AFTER_READING_THE_TASK ? afterReadingTheTask(decision, commands)
                        : beforeCommit(decision, transaction);
            } catch (Exception failure) {
                return failure;
            } finally {
                reached.release();
            }
        });
    }

    /** Starts the decision and returns once it stopped where told (or ended without getting there). */
    static ControlledDecision startAndWaitUntilHeld(Supplier<?> decision, HoldPoint at, HeldCommands commands,
                                                    TransactionTemplate transaction) throws InterruptedException {
        ControlledDecision controlled = new ControlledDecision(decision, at, commands, transaction);
        new Thread(controlled.outcome, "approver-" + at).start();
        assertThat(controlled.reached.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("reached " + at).isTrue();
        assertThat(controlled.held).as("stopped at " + at + " rather than ended").isTrue();
        return controlled;
    }

    /** Lets the decision go on and returns what it ended with: what it returned, or what it threw. */
    Object proceedAndWaitTillDone() throws Exception {
        goOn.release();
        return outcome.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    private Object afterReadingTheTask(Supplier<?> decision, HeldCommands commands) {
        commands.stopBefore(ReadProcessVariables.class, this::hold);
        return decision.get();
    }

    private Object beforeCommit(Supplier<?> decision, TransactionTemplate transaction) {
        return transaction.execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    hold();
                }
            });
            return decision.get();
        });
    }

    private void hold() {
        held = true;
        reached.release();
        try {
            if (!goOn.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never let go on");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
