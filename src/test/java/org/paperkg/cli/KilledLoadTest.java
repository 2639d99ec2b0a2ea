package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.bench.GraphReplicator;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.extract.Extractor;
import org.paperkg.input.PaperInputs;
import org.paperkg.model.Extraction;
import org.paperkg.model.Iris;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreAudit;
import org.paperkg.store.StoreStats;

/**
 * Crash safety of {@code paperkg load}: killed at seeded points of a bulk load into a store that
 * already holds papers, the store still opens with every index agreeing, each paper whole or
 * absent, and loading again gives the uninterrupted load's graph. (TDB2's default phased loader
 * commits its indexes in separate steps and fails this.)
 */
class KilledLoadTest {

    private static final int COPIES = 12;
    private static final int KILLS = 5;
    private static final long SEED = 7L;
    private static final int UNTOUCHED_COPY = 99;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesEveryPaperWholeOrAbsentAndLoadingAgainCompletesIt() throws IOException {
        List<Extraction> samples = extractSamples();
        // Stored first: the samples, which the shard replaces, and copies of them, which it leaves alone.
        List<Extraction> storedFirst = new ArrayList<>(samples);
        samples.forEach(e -> storedFirst.add(GraphReplicator.copy(e, UNTOUCHED_COPY)));
        Path before = writeQuads(dir.resolve("before.nq"), storedFirst, storedFirst.size());
        Path shard = writeQuads(dir.resolve("shard.nq"), samples, (long) samples.size() * (COPIES + 1));

        Path referenceDb = storeWith(before, dir.resolve("reference"));
        Set<Quad> storedBefore = quads(StoreAudit.copy(referenceDb), Node.ANY);
        PaperkgProcess reference = PaperkgProcess.start(dir.resolve("reference.log"),
                "load", "--db", referenceDb.toString(), shard.toString());
        Duration cpu = reference.cpuTimeToEnd(Duration.ofMinutes(3));
        assertThat(reference.exitValue()).as(reference.output()).isZero();
        assumeTrue(cpu.toMillis() > 0, "needs the processor time of a child process (Linux /proc)");
        DatasetGraph expected = StoreAudit.copy(referenceDb);
        Set<Node> untouched = storedFirst.subList(samples.size(), storedFirst.size()).stream()
                .map(e -> NodeFactory.createURI(Iris.paperGraph(e.paper().key()))).collect(Collectors.toSet());

        Random random = new Random(SEED);
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            Duration at = Duration.ofMillis((long) (cpu.toMillis() * (i + random.nextDouble()) / KILLS));
            String kill = "kill " + i + " after " + at.toMillis() + " ms of " + cpu.toMillis() + " ms processor time";
            Path db = storeWith(before, dir.resolve("db-" + i));
            PaperkgProcess run = PaperkgProcess.start(dir.resolve("run-" + i + ".log"),
                    "load", "--db", db.toString(), shard.toString());
            if (run.killAfterCpuTime(at)) {
                killed++;
            }

            DatasetGraph partial = StoreAudit.copy(db);
            Set<Node> graphs = Iter.toSet(partial.listGraphNodes());
            try (PaperStore store = PaperStore.open(db)) {
                assertThat(StoreStats.of(store).papers()).as(kill + ": papers found by type = paper graphs")
                        .isEqualTo(graphs.size());
            }
            assertThat(StoreAudit.incompletePapers(partial)).as(kill).isEmpty();
            assertThat(graphs).as(kill + ": papers the load does not touch are all there").containsAll(untouched);
            for (Node g : graphs) {
                Set<Quad> now = quads(partial, g);
                assertThat(now.equals(quads(expected, g)) || now.equals(quads(storedBefore, g)))
                        .as(kill + ": graph " + g + " as stored before or as loaded").isTrue();
            }

            Run again = paperkg("load", "--db", db.toString(), shard.toString());
            assertThat(again.status()).as(kill + ": " + again.err()).isZero();
            assertThat(quads(StoreAudit.copy(db), Node.ANY)).as(kill + ": loaded again")
                    .isEqualTo(quads(expected, Node.ANY));
            deleteRecursively(db);
        }
        assertThat(killed).as("loads killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
    }

    private static List<Extraction> extractSamples() {
        Extractor extractor = Extractor.create();
        List<Extraction> out = new ArrayList<>();
        PaperInputs.read(List.of(Path.of("samples/papers.jsonl")), p -> out.add(extractor.extract(p)), r -> { });
        return out;
    }

    /** A new store holding the graphs of {@code quads}. */
    private static Path storeWith(Path quads, Path db) {
        Run run = paperkg("load", "--db", db.toString(), quads.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return db;
    }

    /** {@code papers} paper graphs as N-Quads: the extractions, then renamed copies of them. */
    private static Path writeQuads(Path file, List<Extraction> extractions, long papers) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            GraphReplicator.of(extractions).writeQuads(papers, writer);
            writer.finish();
        }
        return file;
    }

    private static Set<Quad> quads(DatasetGraph dsg, Node graph) {
        return dsg.stream(graph, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet());
    }

    private static Set<Quad> quads(Set<Quad> all, Node graph) {
        return all.stream().filter(q -> q.getGraph().equals(graph)).collect(Collectors.toSet());
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
