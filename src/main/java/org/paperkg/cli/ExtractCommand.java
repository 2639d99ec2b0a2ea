package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperkg.export.ExtractionWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg extract FILE...}: extracts without a store, as gold-format JSON Lines or RDF. */
@Command(name = "extract", description = {
        "Extracts claims from abstracts without a store, as JSON Lines records or RDF.",
        "jsonl writes one record per paper in the gold record format (../shared/gold/GUIDELINES.md) with",
        "confidence and evidence per item; ttl, trig and nq write the RDF the store would hold (trig and",
        "nq keep one named graph per paper)."})
public final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ExtractionWriter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExtractAll.Counts counts;
        try (OutputStream out = open(); ExtractionWriter writer = ExtractionWriter.create(format, out)) {
            counts = ExtractAll.run(input, err, writer::write);
        }
        err.printf("extract: %s; %d failed%n", counts.read(), counts.failed());
        return counts.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            // Not closed by us: System.out stays usable for picocli's own output.
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
