package org.paperkg.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Restricts every thread of this JVM to some cores with Linux's {@code taskset}, so a one-thread
 * run can be timed without a free second core for the JIT compiler and the garbage collector.
 * Threads started later inherit the restriction of the thread that starts them.
 */
final class CoreAffinity {

    /** The cores this JVM may use, read before any restriction (the JVM then sees only those left). */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private CoreAffinity() {
    }

    /** Pins all threads to the first core; false when taskset is missing or refused. */
    static boolean oneCore() {
        return taskset("0");
    }

    /** Lets all threads use every core again; a failure here would skew every later figure, so it throws. */
    static void allCores() {
        if (!taskset("0-" + (CORES - 1))) {
            throw new IllegalStateException("cannot let the benchmark use all " + CORES + " cores again (taskset failed)");
        }
    }

    private static boolean taskset(String cpus) {
        try {
            Process p = new ProcessBuilder("taskset", "--all-tasks", "--pid", "--cpu-list", cpus,
                    Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
