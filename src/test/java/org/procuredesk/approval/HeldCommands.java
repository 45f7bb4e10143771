package org.procuredesk.approval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Stops chosen threads before the first engine command of a chosen kind, the way the engine's own concurrency
 * tests stop a {@code ControlledCommand}: linked into the running engine's command chain for one test and taken
 * out again, so the application carries no hook for it and the suite keeps its one Spring context. Every other
 * thread (the job executor's, the other approver's) passes straight through.
 */
final class HeldCommands extends CommandInterceptor implements AutoCloseable {

    private final CommandInterceptor head;
    private final Map<Thread, Hold> holds = new ConcurrentHashMap<>();

    private record Hold(Class<?> commandType, Runnable stop) {
    }

    private HeldCommands(CommandInterceptor head) {
        this.head = head;
        setNext(head.getNext());
        head.setNext(this);
    }

    static HeldCommands linkedInto(ProcessEngine engine) {
        return new HeldCommands((CommandInterceptor) ((ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getCommandExecutorTxRequired());
    }

    /** The calling thread runs {@code stop} before its next command of {@code commandType}, once. */
    void stopBefore(Class<? extends Command<?>> commandType, Runnable stop) {
        holds.put(Thread.currentThread(), new Hold(commandType, stop));
    }

    @Override
    public <T> T execute(Command<T> command) {
        Hold hold = holds.get(Thread.currentThread());
        if (hold != null && hold.commandType().isInstance(command)) {
            holds.remove(Thread.currentThread());
            hold.stop().run();
        }
        return next.execute(command);
    }

    @Override
    public void close() {
        head.setNext(next);
    }
}
