package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.store.ShapeCheck;
import org.paperkg.store.StoreAudit;

/**
 * Crash safety: {@code paperkg ingest} in its own JVM, killed with SIGKILL at seeded random
 * points spread over an ingest's duration. Each time the store must open and hold only whole
 * papers (each exactly as an uninterrupted run stores it), and re-running the same ingest must
 * skip what is stored and finish with exactly the uninterrupted run's graph.
 */
class KilledIngestTest {

    private static final int PAPERS = 60;
    private static final int KILLS = 20;
    private static final long SEED = 20261122L;
    private static final Pattern UNCHANGED = Pattern.compile("(\\d+) unchanged");

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesOnlyWholePapersAndItsRerunGivesTheUninterruptedGraph() throws IOException {
        Path input = SeedSubset.write(dir.resolve("papers.jsonl"), PAPERS);
        String[] ingest = {"ingest", "--threads", "1", "--no-progress", input.toString(), "--db"};

        PaperkgProcess reference = PaperkgProcess.start(dir.resolve("reference.log"), with(ingest, dir.resolve("reference")));
        Duration cpu = reference.cpuTimeToEnd(Duration.ofMinutes(3));
        assertThat(reference.exitValue()).as(reference.output()).isZero();
        assertThat(reference.output()).contains(PAPERS + " read, " + PAPERS + " stored");
        assumeTrue(cpu.toMillis() > 0, "needs the processor time of a child process (Linux /proc)");
        DatasetGraph expected = StoreAudit.copy(dir.resolve("reference"));

        Random random = new Random(SEED);
        int killed = 0;
        int resumed = 0;
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < KILLS; i++) {
            // Stratified: one kill in each twentieth of the uninterrupted run, measured in processor
            // time so that the points do not drift when the machine is busy.
            Duration at = Duration.ofMillis((long) (cpu.toMillis() * (i + random.nextDouble()) / KILLS));
            String kill = "kill " + i + " after " + at.toMillis() + " ms of " + cpu.toMillis() + " ms processor time";
            Path db = dir.resolve("db-" + i);
            PaperkgProcess run = PaperkgProcess.start(dir.resolve("run-" + i + ".log"), with(ingest, db));
            if (run.killAfterCpuTime(at)) {
                killed++;
            }

            Set<Node> survived = Set.of();
            if (Files.isDirectory(db)) {
                DatasetGraph partial = StoreAudit.copy(db);
                assertThat(StoreAudit.incompletePapers(partial)).as(kill).isEmpty();
                survived = Iter.toSet(partial.listGraphNodes());
                for (Node g : survived) {
                    assertThat(quads(partial, g)).as(kill + ": graph " + g).isEqualTo(quads(expected, g));
                }
                assertThat(ShapeCheck.validate(partial.getUnionGraph()).violations()).as(kill).isEmpty();
            }

            Run rerun = paperkg(with(ingest, db));
            assertThat(rerun.status()).as(kill + ": " + rerun.err()).isZero();
            long unchanged = unchanged(rerun.out());
            assertThat(unchanged).as(kill + ": papers skipped as already stored").isEqualTo(survived.size());
            resumed += unchanged > 0 ? 1 : 0;
            summary.append(' ').append(at.toMillis()).append("ms:").append(unchanged);
            DatasetGraph after = StoreAudit.copy(db);
            assertThat(IsoMatcher.isomorphic(expected, after)).as(kill + ": re-run graph isomorphic to the reference").isTrue();
            assertThat(quads(after, Node.ANY)).as(kill).isEqualTo(quads(expected, Node.ANY));
            deleteRecursively(db);
        }
        System.out.printf("reference %d ms processor time; kill point:papers kept =%s%n", cpu.toMillis(), summary);
        // A run's processor time varies by up to half between runs on a busy machine, so the last
        // strata can fall after a faster run's end; half the runs killed still spreads the kills.
        assertThat(killed).as("runs killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(resumed).as("re-runs that skipped papers a killed run had stored").isPositive();
    }

    private static String[] with(String[] args, Path db) {
        return Stream.concat(Stream.of(args), Stream.of(db.toString())).toArray(String[]::new);
    }

    private static Set<Quad> quads(DatasetGraph dsg, Node graph) {
        return dsg.stream(graph, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet());
    }

    private static long unchanged(String out) {
        Matcher m = UNCHANGED.matcher(out);
        if (!m.find()) {
            throw new AssertionError("no 'unchanged' count in: " + out);
        }
        return Long.parseLong(m.group(1));
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
