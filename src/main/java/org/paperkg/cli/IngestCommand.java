package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingestor;
import org.paperkg.input.PaperInputs;
import org.paperkg.input.PaperReader;
import org.paperkg.input.ReadSummary;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreStats;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg ingest FILE...}: reads, extracts and stores papers, one named graph each. */
@Command(name = "ingest", description = {
        "Extracts the claims of abstracts and stores them, one named graph per paper.",
        "Reads paper-listing text dumps (.txt), JSON Lines (.jsonl, the arXiv snapshot) and JSON arrays",
        "(.json), gzipped too. Re-ingesting a paper replaces its graph; papers already stored with the",
        "same content are skipped, so an interrupted ingest resumes where it stopped."})
public final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    InputOptions input;

    @Option(names = "--force", description = "Extract and store every paper again, even when stored with the same content"
            + " (after the extractor changed).")
    boolean force;

    @Option(names = "--no-progress", description = "Never show the progress bar (it shows only on a terminal anyway).")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        int threads = input.threads();
        ReadSummary read;
        Ingestor.IngestCounts counts;
        StoreStats stats;
        try (PaperStore store = db.open();
             PaperReader reader = PaperReader.open(input.files, rejection -> err.println(rejection.message()));
             Progress progress = Progress.start("ingest", !noProgress, PaperInputs.totalBytes(input.files),
                     reader::bytesRead);
             Ingestor ingestor = new Ingestor(store, paper -> Extractor.shared().extract(paper), threads, force,
                     err::println, progress::paperDone)) {
            reader.forEachRemaining(ingestor::accept);
            counts = ingestor.finish();
            read = reader.summary();
            stats = StoreStats.of(store);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rejected = read.rejected() + counts.failed();
        out.printf("papers: %d read, %d stored, %d unchanged (already stored), %d duplicates merged%n",
                read.read(), counts.stored(), counts.skipped(), read.duplicates());
        out.printf("statements: %d extracted; store now holds %d papers, %d statements, %d triples%n",
                counts.statements(), stats.papers(), stats.statements(), stats.triples());
        out.printf("rejected: %d%s%n", rejected, rejected > 0 ? " (reasons above)" : "");
        out.printf("time: %.1f s, %.1f abstracts/s%n", seconds, counts.stored() / Math.max(seconds, 1e-9));
        return rejected > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }
}
