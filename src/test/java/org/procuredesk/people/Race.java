package org.procuredesk.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.procuredesk.reliability.ReliabilityFigures;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/** Starts calls at the same moment, each in a thread of its own, as whoever is signed in on the test's thread. */
public final class Race {

    private Race() {
    }

    /** What each call ended with, in order: what it returned, or what it threw. */
    public static List<Object> run(Callable<?>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(calls.length));
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Callable<?> call : calls) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (Exception failure) {
                        return failure;
                    }
                }));
            }
            start.countDown();
            List<Object> ended = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                ended.add(outcome.get(30, TimeUnit.SECONDS));
            }
            ReliabilityFigures.raceRun();
            return ended;
        } finally {
            threads.shutdownNow();
        }
    }
}
