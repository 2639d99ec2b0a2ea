package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.system.progress.MonitorOutput;
import org.paperkg.store.BulkLoader;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreStats;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg load SHARD...}: loads N-Quads shards (from the Spark job) into the store, all or nothing; bulk-loaded when the store is new. */
@Command(name = "load", description = {
        "Loads paper graphs from N-Quads shards written by the Spark extraction job.",
        "Shards are as written by org.paperkg.spark.SparkExtract. Into a new store (a missing or empty",
        "folder) they go with TDB2's bulk loader, into a sibling folder renamed into place when complete;",
        "into a store that holds papers, in one transaction, replacing the papers they hold as ingest does.",
        "Either way a load that is interrupted or fails changes nothing.",
        "A folder stands for its .nq, .nq.gz and Spark part-* files."})
public final class LoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "N-Quads files (.nq, .nq.gz, Spark's part-*[.gz]) or folders of them.")
    List<Path> shards;

    @Option(names = "--verbose", description = "Print progress every 100,000 quads.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = expand(shards);
        long start = System.nanoTime();
        BulkLoader.LoadCounts counts;
        StoreStats stats;
        MonitorOutput progress = verbose ? (fmt, args) -> err.println(String.format(fmt, args)) : BulkLoader.QUIET;
        if (BulkLoader.isNewStore(db.path())) {
            counts = BulkLoader.loadShardsIntoNewStore(db.path(), files, progress);
        } else {
            try (PaperStore store = db.open()) {
                counts = BulkLoader.loadShards(store, files, progress);
            }
        }
        try (PaperStore store = db.openExisting()) {
            stats = StoreStats.of(store);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("loaded %d paper graphs (%d replaced), %d quads from %d files%n", counts.graphs(), counts.replaced(),
                counts.quads(), files.size());
        out.printf("store now holds %d papers, %d statements, %d triples%n", stats.papers(), stats.statements(),
                stats.triples());
        out.printf("time: %.1f s%n", seconds);
        return ExitCodes.OK;
    }

    private static List<Path> expand(List<Path> shards) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : shards) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().matches("part-.*|.*\\.nq(\\.gz)?"))
                            .filter(f -> !f.getFileName().toString().endsWith(".crc")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such shard file or folder: " + p);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no shard files in " + shards);
        }
        return files;
    }
}
