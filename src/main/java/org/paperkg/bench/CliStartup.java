package org.paperkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wall time of the quick commands run through the launcher, as a user runs them, and whether
 * they load any CoreNLP class (they must not: it costs seconds and memory).
 */
final class CliStartup {

    /**
     * One command line: median wall and CPU seconds (CPU time is what other processes on the
     * cores cannot inflate) and the number of CoreNLP classes it loaded.
     */
    record Timing(String command, double medianSeconds, double medianCpuSeconds, long coreNlpClasses) {
    }

    private static final Pattern TIME = Pattern.compile("(\\d+)m([\\d.]+)s");

    private CliStartup() {
    }

    /** Runs each command {@code runs} times through {@code launcher} (bin/paperkg). */
    static List<Timing> measure(Path launcher, List<List<String>> commands, int runs) {
        List<Timing> out = new ArrayList<>();
        for (List<String> command : commands) {
            double[] seconds = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                cpu[i] = run(launcher, command, null);
                seconds[i] = (System.nanoTime() - t) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            out.add(new Timing(String.join(" ", command), seconds[runs / 2], cpu[runs / 2],
                    coreNlpClasses(launcher, command)));
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

    /** Runs the command through bash, whose {@code times} reports the CPU seconds of its children. */
    private static double run(Path launcher, List<String> command, String javaOpts) {
        List<String> argv = new ArrayList<>(List.of("bash", "-c",
                "\"$0\" \"$@\" >/dev/null 2>&1 || exit $?; times", launcher.toString()));
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        if (javaOpts != null) {
            pb.environment().put("PAPERKG_JAVA_OPTS", javaOpts);
        } else {
            pb.environment().remove("PAPERKG_JAVA_OPTS");
        }
        try {
            Process process = pb.start();
            String times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException("`paperkg " + String.join(" ", command) + "` exited with " + code);
            }
            return childrenCpuSeconds(times);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + launcher + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** User plus system seconds from the second line of bash's {@code times} ("0m1.234s 0m0.120s"). */
    static double childrenCpuSeconds(String times) {
        String[] lines = times.strip().split("\\R");
        Matcher m = TIME.matcher(lines[lines.length - 1]);
        double sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return sum;
    }
}
