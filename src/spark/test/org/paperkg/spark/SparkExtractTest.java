package org.paperkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingestor;
import org.paperkg.input.PaperInputs;
import org.paperkg.store.BulkLoader;
import org.paperkg.store.PaperStore;

/** Runs only with -Pspark: Spark in local[2] mode on the seed dumps. */
class SparkExtractTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    Path dir;

    @Test
    void shardsLoadIntoTheSameGraphAsIngestOfTheSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed dumps not found at " + SEEDS.toAbsolutePath());
        List<Path> seeds;
        try (Stream<Path> list = Files.list(SEEDS)) {
            seeds = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path shards = dir.resolve("shards");
        SparkExtract.Summary summary;
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("paperkg-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()) {
            summary = SparkExtract.run(spark, new SparkExtract.Settings(
                    seeds.stream().map(p -> p.toAbsolutePath().toString()).toList(), shards.toString(), 4, true));
        }

        try (PaperStore loaded = PaperStore.open(dir.resolve("loaded"));
             PaperStore ingested = PaperStore.open(dir.resolve("ingested"))) {
            List<Path> parts;
            try (Stream<Path> list = Files.list(shards)) {
                parts = list.filter(p -> p.getFileName().toString().matches("part-\\d+\\.gz")).sorted().toList();
            }
            BulkLoader.LoadCounts counts = BulkLoader.loadShards(loaded, parts, BulkLoader.QUIET);
            try (Ingestor ingestor = new Ingestor(ingested, Extractor.shared()::extract, 2, false,
                    problem -> { }, () -> { })) {
                PaperInputs.read(seeds, ingestor::accept, rejection -> { });
                Ingestor.IngestCounts ingest = ingestor.finish();

                assertThat(summary.papers()).isEqualTo(ingest.stored()).isEqualTo(counts.graphs());
            }
            assertThat(summary.failed()).isZero();
            assertThat(Txn.calculateRead(loaded.dataset(), () -> Txn.calculateRead(ingested.dataset(),
                    () -> IsoMatcher.isomorphic(loaded.datasetGraph(), ingested.datasetGraph())))).isTrue();
        }
    }
}
