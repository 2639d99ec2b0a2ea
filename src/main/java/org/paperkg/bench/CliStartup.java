package org.paperkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wall time of the quick commands run through the launcher, as a user runs them, and whether
 * they load any CoreNLP class (they must not: it costs seconds and memory).
 */
final class CliStartup {

    /** One command line: median wall seconds and the number of CoreNLP classes it loaded. */
    record Timing(String command, double medianSeconds, long coreNlpClasses) {
    }

    private CliStartup() {
    }

    /** Runs each command {@code runs} times through {@code launcher} (bin/paperkg). */
    static List<Timing> measure(Path launcher, List<List<String>> commands, int runs) {
        List<Timing> out = new ArrayList<>();
        for (List<String> command : commands) {
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                run(launcher, command, null);
                seconds[i] = (System.nanoTime() - t) / 1e9;
            }
            Arrays.sort(seconds);
            out.add(new Timing(String.join(" ", command), seconds[runs / 2], coreNlpClasses(launcher, command)));
        }
        return out;
    }

    private static long coreNlpClasses(Path launcher, List<String> command) {
        try {
            Path log = Files.createTempFile("paperkg-classes", ".log");
            try {
                run(launcher, command, "-Xlog:class+load=info:file=" + log);
                try (var lines = Files.lines(log)) {
                    return lines.filter(l -> l.contains(" edu.stanford.nlp.")).count();
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path launcher, List<String> command, String javaOpts) {
        List<String> argv = new ArrayList<>();
        argv.add(launcher.toString());
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (javaOpts != null) {
            pb.environment().put("PAPERKG_JAVA_OPTS", javaOpts);
        } else {
            pb.environment().remove("PAPERKG_JAVA_OPTS");
        }
        try {
            int code = pb.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException("`paperkg " + String.join(" ", command) + "` exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + launcher + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
