package org.procuredesk.bench;

/** Runs one named step of a journey a benchmark drives: counting its statements, timing it, or only running it. */
@FunctionalInterface
public interface StepRunner {

    /** Just runs each step. */
    StepRunner PLAIN = (step, work) -> work.run();

    void run(String step, Runnable work);
}
