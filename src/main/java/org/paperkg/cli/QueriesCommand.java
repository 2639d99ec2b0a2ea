package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code paperkg queries}: lists the saved queries. */
@Command(name = "queries", description = "Lists the saved queries with their descriptions and parameters.")
public final class QueriesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SavedQuery q : SavedQueries.builtIn()) {
            out.printf("%s — %s%n", q.name(), q.title());
            out.printf("    %s%n", q.description());
            for (SavedQuery.Param p : q.params()) {
                out.printf("    --param %s=VALUE   %s%n", p.name(), p.description());
            }
            out.println();
        }
        return ExitCodes.OK;
    }
}
