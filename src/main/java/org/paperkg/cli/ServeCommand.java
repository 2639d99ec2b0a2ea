package org.paperkg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.paperkg.query.SavedQueries;
import org.paperkg.serve.PaperkgServer;
import org.paperkg.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg serve}: the SPARQL endpoint, the saved-query API and the lineage page over the store. */
@Command(name = "serve", description = {
    "Serves the store over HTTP: SPARQL endpoint, saved-query API and lineage page.",
    "Runs until stopped (Ctrl-C):",
    "  /                 the lineage page (search a method, see what it extends and what extends it)",
    "  /paperkg/sparql   SPARQL 1.1 query (read-only; JSON, XML, CSV or TSV by Accept)",
    "  /paperkg/get      Graph Store Protocol, read-only: ?graph=PAPER-IRI one paper's graph,",
    "                    ?graph=union all papers as one graph, no parameter all graphs as quads",
    "  /api/queries      saved queries; /api/queries/NAME?param=value runs one",
    "Queries longer than --timeout are stopped; results are cut to --max-rows rows."})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--host", defaultValue = PaperkgServer.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); "
                    + "another address opens the graph to the network.")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest a query may run (500ms, 10s, 2m). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Most rows a query answers. Default: ${DEFAULT-VALUE}.")
    int maxRows;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PaperStore store = db.openExisting();
             PaperkgServer server = PaperkgServer.builder().dataset(store.dataset()).host(host).port(port)
                     .timeout(timeout).maxRows(maxRows).queries(SavedQueries.builtIn()).build()) {
            if (!PaperkgServer.isLoopback(host)) {
                err.println("paperkg: warning: listening on " + host + ": anyone who can reach this address can query the graph");
                err.flush();
            }
            server.start();
            out.println("paperkg: serving " + db.path() + " at " + server.url());
            out.println("  lineage page     " + server.url());
            out.println("  SPARQL endpoint  " + server.sparqlUrl());
            out.println("  saved queries    " + server.url() + "api/queries");
            out.println("Stop with Ctrl-C.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "paperkg-serve-stop"));
            server.join();
        }
        return ExitCodes.OK;
    }
}
