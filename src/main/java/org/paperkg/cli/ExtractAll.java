package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.paperkg.extract.Extractor;
import org.paperkg.ingest.OrderedExtraction;
import org.paperkg.input.PaperInputs;
import org.paperkg.input.ReadSummary;
import org.paperkg.model.Extraction;

/** Reads the input files and extracts every paper, in input order, for the commands that need no store. */
final class ExtractAll {

    /** What the read and the extraction did. */
    record Counts(ReadSummary read, long failed) {

        /** Records rejected by the reader plus papers whose extraction failed. */
        long rejected() {
            return read.rejected() + failed;
        }
    }

    private ExtractAll() {
    }

    /** Hands each extraction to {@code sink}; reports rejected records and failed papers on {@code err}. */
    static Counts run(InputOptions input, PrintWriter err, Consumer<Extraction> sink) {
        Extractor extractor = Extractor.shared();
        long[] failed = {0};
        ReadSummary read;
        try (OrderedExtraction run = new OrderedExtraction(extractor::extract, input.threads(), outcome -> {
            if (outcome.failure() != null) {
                failed[0]++;
                err.println(outcome.paper().source() + ": extraction failed: " + outcome.failure());
            } else {
                sink.accept(outcome.extraction());
            }
        })) {
            read = PaperInputs.read(input.files, run::submit, rejection -> err.println(rejection.message()));
            run.finish();
        }
        return new Counts(read, failed[0]);
    }
}
