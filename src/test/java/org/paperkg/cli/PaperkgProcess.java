package org.paperkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The paperkg CLI in a JVM of its own, as {@code bin/paperkg} starts it, so that tests can kill
 * it or run two at once. Started with C1 only and the serial collector: short runs start faster.
 */
final class PaperkgProcess {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path log;

    private PaperkgProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code paperkg ARGS...}; its standard output and error both go to {@code log}. */
    static PaperkgProcess start(Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName()));
        command.addAll(List.of(args));
        try {
            return new PaperkgProcess(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to {@code timeout}; true when the process has ended. */
    boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the end (killing the process after {@code timeout}) and returns its exit status. */
    int exitStatus(Duration timeout) {
        if (!waitFor(timeout)) {
            kill();
            throw new IllegalStateException("paperkg did not finish in " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; fails when it has not ended within {@code timeout}. */
    void terminate(Duration timeout) {
        process.destroy();
        if (!waitFor(timeout)) {
            kill();
            throw new IllegalStateException("paperkg did not stop on SIGTERM within " + timeout + ": " + output());
        }
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, like a power cut for the process. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the process once it has used {@code cpu} of processor time, a measure of how far it
     * got that does not depend on how busy the machine is; false when it ended before.
     */
    boolean killAfterCpuTime(Duration cpu) {
        while (process.isAlive() && cpuTime().compareTo(cpu) < 0) {
            if (waitFor(Duration.ofMillis(5))) {
                return false;
            }
        }
        if (!process.isAlive()) {
            return false;
        }
        kill();
        return true;
    }

    /** Waits for the end, sampling processor time; returns the last sample (so, the total within a few ms). */
    Duration cpuTimeToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration last = Duration.ZERO;
        while (!waitFor(Duration.ofMillis(5))) {
            Duration now = cpuTime();
            last = now.compareTo(last) > 0 ? now : last;
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException("paperkg did not finish in " + timeout + ": " + output());
            }
        }
        return last;
    }

    /** Processor time used so far (zero when the platform does not tell, or the process has ended). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    int exitValue() {
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
