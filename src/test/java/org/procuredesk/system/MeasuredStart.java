package org.procuredesk.system;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.procuredesk.HttpTestClient;
import org.procuredesk.UiHttpSession;
import org.procuredesk.bench.HeapHistogram;
import org.procuredesk.reliability.PackagedApplication;

/**
 * One start of an application measured for benchmark B6: the milliseconds from launching its process to
 * {@code /actuator/health} saying UP, its live heap then, and what each signed-in UI session adds to it. Each session
 * signs in through the form and opens a view, a few clients at a time; the sessions are counted after as many as there
 * are clients, so that what the first UIs load once (caches, message bundles) and the server's buffers for each
 * client's connection count as the application's, not as every session's.
 */
record MeasuredStart(double startMillis, long heapBytes, double bytesPerSession, List<String> growthPerSession) {

    private static final int MOST_GROWN_CLASSES = 15;
    private static final int CLIENTS = 4;

    /**
     * Who signs in, the view their UI opens and what it must show (its grid); {@code foreignRoute}, when given, is
     * a route the application must not have (ProcureDesk's task list, for the bare application).
     */
    record SignIn(String username, String password, String route, String shows, String foreignRoute) {
    }

    static MeasuredStart of(PackagedApplication application, SignIn signIn, int sessions) {
        long launched = System.nanoTime();
        application.launch();
        try {
            application.awaitUp();
            double startMillis = (System.nanoTime() - launched) / 1e6;
            HeapHistogram started = HeapHistogram.of(application.pid());
            HttpTestClient http = application.http();
            openSessions(http, application.name(), signIn, CLIENTS);
            refuseForeignRoute(http, application.name(), signIn);
            HeapHistogram warmedUp = HeapHistogram.of(application.pid());
            openSessions(http, application.name(), signIn, sessions);
            HeapHistogram allSessions = HeapHistogram.of(application.pid());
            return new MeasuredStart(startMillis, started.totalBytes(),
                    (double) (allSessions.totalBytes() - warmedUp.totalBytes()) / sessions,
                    allSessions.growthSince(warmedUp, sessions, MOST_GROWN_CLASSES));
        } finally {
            application.stop();
        }
    }

    private static void openSessions(HttpTestClient http, String application, SignIn signIn, int sessions) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> opened = IntStream.range(0, sessions)
                    .<Future<?>>mapToObj(i -> clients.submit(() -> openSession(http, application, signIn))).toList();
            for (Future<?> session : opened) {
                session.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } finally {
            clients.shutdownNow();
        }
    }

    /** A session the server keeps (nobody signs out) with a UI it keeps until the UI's heartbeats are missed. */
    private static void openSession(HttpTestClient http, String application, SignIn signIn) {
        String ui = UiHttpSession.signIn(http, signIn.username(), signIn.password()).openView(signIn.route()).body();
        if (!ui.contains(signIn.shows())) {
            throw new IllegalStateException(application + " did not show " + signIn.shows() + " at "
                    + signIn.route() + ":\n" + ui.substring(0, Math.min(ui.length(), 2000)));
        }
    }

    private static void refuseForeignRoute(HttpTestClient http, String application, SignIn signIn) {
        if (signIn.foreignRoute() == null) {
            return;
        }
        UiHttpSession session = UiHttpSession.signIn(http, signIn.username(), signIn.password());
        if (!session.openView(signIn.foreignRoute()).body().contains("Could not navigate")) {
            throw new IllegalStateException(application + " has a view at " + signIn.foreignRoute());
        }
    }
}
