package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.store.ShapeCheck;
import org.paperkg.store.StoreAudit;

/**
 * Two processes on one store: while an ingest runs, every other paperkg process on the same
 * --db is turned away with a clear message and exit status 3, and the running ingest finishes
 * with its papers whole.
 */
class StoreInUseTest {

    private static final int PAPERS = 60;
    private static final Path SAMPLE = Path.of("samples/papers.jsonl");

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldTheStoreIsInUseAndTheRunningIngestFinishesWhole() throws Exception {
        Path input = SeedSubset.write(dir.resolve("papers.jsonl"), PAPERS);
        Path db = dir.resolve("db");
        String inUse = "paperkg: the store " + db + " is in use by another paperkg process";

        PaperkgProcess ingest = PaperkgProcess.start(dir.resolve("ingest.log"),
                "ingest", "--db", db.toString(), "--threads", "1", "--no-progress", input.toString());
        awaitLock(db, ingest);

        // Other processes: a second ingest and a stats, each in a JVM of its own, started together.
        PaperkgProcess secondIngest = PaperkgProcess.start(dir.resolve("second-ingest.log"),
                "ingest", "--db", db.toString(), "--no-progress", SAMPLE.toString());
        PaperkgProcess stats = PaperkgProcess.start(dir.resolve("stats.log"), "stats", "--db", db.toString());
        assertThat(secondIngest.exitStatus(Duration.ofMinutes(1))).as(secondIngest.output()).isEqualTo(ExitCodes.STORE);
        assertThat(stats.exitStatus(Duration.ofMinutes(1))).as(stats.output()).isEqualTo(ExitCodes.STORE);
        // And this test's own JVM, through every command that opens the store.
        for (String[] args : List.of(new String[] {"stats", "--db", db.toString()},
                new String[] {"validate", "--db", db.toString()},
                new String[] {"query", "top-datasets", "--db", db.toString()},
                new String[] {"ingest", "--db", db.toString(), "--no-progress", SAMPLE.toString()})) {
            Run run = paperkg(args);
            assertThat(run.status()).as(args[0] + ": " + run.err()).isEqualTo(ExitCodes.STORE);
            assertThat(run.err()).as(args[0]).startsWith(inUse).hasLineCount(1);
        }
        assertThat(ingest.isAlive()).as("the first ingest was still running while the others were turned away")
                .isTrue();

        assertThat(secondIngest.output()).startsWith(inUse).hasLineCount(1).doesNotContain("\tat ");
        assertThat(stats.output()).startsWith(inUse).hasLineCount(1);
        assertThat(ingest.exitStatus(Duration.ofMinutes(3))).as(ingest.output()).isZero();
        assertThat(ingest.output()).contains(PAPERS + " read, " + PAPERS + " stored");

        DatasetGraph stored = StoreAudit.copy(db);
        assertThat(Iter.count(stored.listGraphNodes())).as("only the first ingest's papers").isEqualTo(PAPERS);
        assertThat(StoreAudit.incompletePapers(stored)).isEmpty();
        assertThat(ShapeCheck.validate(stored.getUnionGraph()).violations()).isEmpty();
        Run after = paperkg("stats", "--db", db.toString());
        assertThat(after.status()).as("the store opens here once the ingest has ended: " + after.err()).isZero();
        assertThat(after.out()).contains("papers      " + PAPERS);
    }

    /** Waits until the process has opened (and so locked) the new store. */
    private static void awaitLock(Path db, PaperkgProcess process) throws InterruptedException {
        Path lock = db.resolve("tdb.lock");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!Files.exists(lock)) {
            assertThat(process.isAlive()).as(process.output()).isTrue();
            assertThat(System.nanoTime()).as("store locked within a minute").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
