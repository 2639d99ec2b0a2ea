package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreStats;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg stats}: what the store holds. */
@Command(name = "stats", description = "Counts papers, methods, datasets, metrics, tasks, statements and triples.")
public final class StatsCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        StoreStats stats;
        try (PaperStore store = db.openExisting()) {
            stats = StoreStats.of(store);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
        } else {
            out.printf("papers      %d%nmethods     %d%ndatasets    %d%nmetrics     %d%ntasks       %d%n"
                    + "statements  %d%ntriples     %d%n", stats.papers(), stats.methods(), stats.datasets(),
                    stats.metrics(), stats.tasks(), stats.statements(), stats.triples());
        }
        return ExitCodes.OK;
    }
}
