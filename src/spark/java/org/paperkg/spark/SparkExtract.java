package org.paperkg.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.paperkg.extract.Extractor;
import org.paperkg.model.Extraction;
import org.paperkg.store.PaperQuads;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Extracts papers on Apache Spark into N-Quads shards, one named graph per paper, that
 * {@code paperkg load} bulk-loads into a store: the graph is the one {@code paperkg ingest}
 * builds from the same files. Each input file is one task, read by paperkg's own readers;
 * papers are deduplicated across files by key, the first in input order winning; then they
 * are extracted in {@code --partitions} tasks, one CoreNLP pipeline per executor.
 * <pre>
 * spark-submit --class org.paperkg.spark.SparkExtract ... OUTPUT_DIR INPUT...
 * </pre>
 */
@Command(name = "SparkExtract", mixinStandardHelpOptions = true, description = {
        "Extracts the papers of INPUT files (or folders, or globs) on Spark into N-Quads shards in OUTPUT,",
        "for `paperkg load --db DIR OUTPUT`. Inputs are any format `paperkg ingest` reads; any Hadoop file system."})
public final class SparkExtract implements Callable<Integer> {

    /** What to extract and where to write it. */
    public record Settings(List<String> inputs, String output, int partitions, boolean gzip) {
        public Settings {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input files");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
            }
        }
    }

    /** What a run did. */
    public record Summary(long files, long read, long duplicates, long rejected, long papers, long failed) {
        @Override
        public String toString() {
            return "%d files: %d distinct papers read, %d duplicates merged, %d rejected; %d papers extracted, %d failed"
                    .formatted(files, read, duplicates, rejected, papers, failed);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "Folder for the shards; it must not exist.")
    String output;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT", description = "Input files, folders or globs.")
    List<String> inputs;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Extraction tasks (and shards). Default: 4 per core of the cluster.")
    int partitions;

    @Option(names = "--gzip", description = "Gzip the shards.")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (SparkSession spark = SparkSession.builder().appName("paperkg-extract").getOrCreate()) {
            int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
            Summary summary = run(spark, new Settings(inputs, output, n, gzip));
            out.println("paperkg spark: " + summary + "; shards in " + output);
            return summary.rejected() + summary.failed() > 0 ? 1 : 0;
        }
    }

    /** Runs the extraction on a session (spark-submit's, or a local one in tests). */
    public static Summary run(SparkSession spark, Settings settings) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = listInputs(settings.inputs(), sc.hadoopConfiguration());
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.put(files.get(i), i);
        }
        Broadcast<Map<String, Integer>> fileOrder = sc.broadcast(order);
        LongAccumulator read = sc.sc().longAccumulator("papers read");
        LongAccumulator duplicates = sc.sc().longAccumulator("duplicates merged");
        LongAccumulator rejected = sc.sc().longAccumulator("rejected");
        LongAccumulator extracted = sc.sc().longAccumulator("papers extracted");
        LongAccumulator failed = sc.sc().longAccumulator("extraction failed");

        JavaRDD<String> shards = sc.binaryFiles(String.join(",", files), files.size())
                .flatMapToPair(file -> {
                    String path = file._1();
                    Integer index = fileOrder.value().get(path);
                    if (index == null) {
                        throw new IllegalStateException("Spark read a file that was not listed: " + path);
                    }
                    return FilePapers.open(new org.apache.hadoop.fs.Path(path).getName(), index, file._2(),
                            r -> {
                                rejected.add(1);
                                System.err.println("paperkg spark: " + r.message());
                            },
                            s -> {
                                read.add(s.read());
                                duplicates.add(s.duplicates());
                            });
                })
                .reduceByKey(PaperRow::first, settings.partitions())
                .values()
                .flatMap(row -> extract(row, extracted, failed));
        if (settings.gzip()) {
            shards.saveAsTextFile(settings.output(), GzipCodec.class);
        } else {
            shards.saveAsTextFile(settings.output());
        }
        // Each file's reader counts its distinct papers; a paper in several files is extracted once.
        long distinct = extracted.value() + failed.value();
        long merged = read.value() - distinct;
        return new Summary(files.size(), distinct, duplicates.value() + merged, rejected.value(), extracted.value(),
                failed.value());
    }

    private static Iterator<String> extract(PaperRow row, LongAccumulator extracted, LongAccumulator failed) {
        try {
            Extraction extraction = Extractor.shared().extract(row.paper());
            String quads = PaperQuads.toNQuads(extraction);
            extracted.add(1);
            return Collections.singletonList(quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads)
                    .iterator();
        } catch (RuntimeException e) {
            failed.add(1);
            System.err.println("paperkg spark: " + row.source() + ": extraction failed: " + e);
            return Collections.emptyIterator();
        }
    }

    /** The input files in order: arguments as given, each folder's or glob's files sorted by name. */
    static List<String> listInputs(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such input: " + input);
                }
                for (FileStatus match : sorted(matches)) {
                    if (match.isDirectory()) {
                        for (FileStatus f : sorted(fs.listStatus(match.getPath()))) {
                            if (f.isFile() && !hidden(f)) {
                                files.add(f.getPath().toString());
                            }
                        }
                    } else {
                        files.add(match.getPath().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return files;
    }

    private static FileStatus[] sorted(FileStatus[] statuses) {
        FileStatus[] copy = statuses.clone();
        Arrays.sort(copy, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
        return copy;
    }

    private static boolean hidden(FileStatus f) {
        String name = f.getPath().getName();
        return name.startsWith(".") || name.startsWith("_");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtract()).execute(args));
    }
}
