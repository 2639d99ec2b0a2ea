package org.paperkg.cli;

import java.util.concurrent.Callable;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.GraphReader;
import org.paperkg.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg lineage METHOD}: what a method builds on and what builds on it, as trees with their papers. */
@Command(name = "lineage", description = "Prints a method's lineage: the methods it extends (up), the methods "
        + "that extend it (down), what it outperforms and where it was evaluated, each with the paper that says so.")
public final class LineageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "METHOD", description = "The method's name, a label, or its IRI.")
    String method;

    @Option(names = "--depth", defaultValue = "3", paramLabel = "N",
            description = "Extends steps followed each way. Default: ${DEFAULT-VALUE}.")
    int depth;

    @Option(names = "--evidence", description = "Also print the evidence sentence under each line.")
    boolean evidence;

    @Override
    public Integer call() {
        if (depth < 0) {
            throw new IllegalArgumentException("--depth must be >= 0: " + depth);
        }
        try (PaperStore store = db.openExisting()) {
            GraphReader reader = GraphReader.of(store.dataset());
            GraphNode found = reader.method(method).orElseThrow(() -> new IllegalArgumentException(
                    "no method '" + method + "' in " + db.path() + suggestion(reader)));
            new LineageTree(reader.lineage(found.iri(), depth), spec.commandLine().getOut(), evidence).print();
        }
        return ExitCodes.OK;
    }

    private String suggestion(GraphReader reader) {
        var close = reader.methods(method.length() > 3 ? method.substring(0, 3) : method, 5);
        return close.isEmpty() ? "" : "; similar: " + String.join(", ", close.stream().map(GraphNode::label).toList());
    }
}
