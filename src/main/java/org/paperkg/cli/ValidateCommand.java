package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.paperkg.store.PaperStore;
import org.paperkg.store.ShapeCheck;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg validate}: checks the store against the SHACL shapes. */
@Command(name = "validate", description = "Checks the whole store against ontology/shapes.ttl (SHACL) and reports violations.")
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--max", defaultValue = "20", description = "Print at most this many violations. Default: ${DEFAULT-VALUE}.")
    int max;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeCheck.Report report;
        try (PaperStore store = db.openExisting()) {
            report = ShapeCheck.validate(store);
        }
        report.violations().stream().limit(max).forEach(v -> out.println("violation: " + v));
        out.printf("%d violation(s) in %d triples checked%n", report.violations().size(), report.triples());
        return report.violations().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }
}
