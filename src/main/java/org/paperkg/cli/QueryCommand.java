package org.paperkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.commons.io.output.WriterOutputStream;
import org.paperkg.query.Page;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;
import org.paperkg.store.PaperStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg query NAME|FILE.rq}: runs a saved query or a query file with bound parameters, one page of rows at a time. */
@Command(name = "query", description = "Runs a saved query (see `paperkg queries`) or a .rq file over the store.")
public final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, tsv, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A saved query's name, or a SPARQL file.")
    String query;

    // A list, split here: picocli's map options re-parse quotes inside values and warn about them.
    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A query parameter, bound as an RDF literal (repeatable), e.g. --param method=DETR.")
    List<String> params = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Answer at most N rows (0 for all). Default: ${DEFAULT-VALUE}.")
    long limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N rows (with --limit, pages through a long result).")
    long offset;

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        SavedQuery saved = SavedQueries.find(query).orElseThrow(() -> new IllegalArgumentException(
                "no saved query or query file '" + query + "' (see `paperkg queries`)"));
        Map<String, String> values = parameters();
        Page page = Page.of(offset, limit);
        try (PaperStore store = db.openExisting()) {
            RowSetRewindable rows = QueryRunner.select(store.dataset(), saved, values, QueryRunner.Limits.NONE, page);
            print(ResultSet.adapt(rows), spec.commandLine().getOut());
            if (page.filledBy(rows.size())) {
                spec.commandLine().getErr().printf("(%d rows from row %d; --offset %d for the next page, --limit 0 for all)%n",
                        rows.size(), offset + 1, offset + rows.size());
            }
        }
        return ExitCodes.OK;
    }

    /** The NAME=VALUE pairs, each value exactly as given after the first '='. */
    private Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                String shown = param.length() > 60 ? param.substring(0, 60) + "..." : param;
                throw new IllegalArgumentException("--param needs NAME=VALUE, not '" + shown + "'");
            }
            out.put(param.substring(0, eq), param.substring(eq + 1));
        }
        return out;
    }

    private void print(ResultSet rows, PrintWriter out) {
        if (format == Format.table) {
            out.print(ResultSetFormatter.asText(rows));
            out.flush();
            return;
        }
        OutputStream stream = WriterOutputStream.builder().setWriter(out)
                .setCharset(java.nio.charset.StandardCharsets.UTF_8).getUnchecked();
        ResultSetMgr.write(stream, rows, switch (format) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        });
        try {
            stream.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
    }
}
