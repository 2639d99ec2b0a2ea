package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;
import org.paperkg.store.StoreAudit;

/**
 * {@code paperkg query NAME --param x=PAYLOAD} with SPARQL injection payloads, against a store of
 * the 25 bundled seed abstracts: every parameter of every saved query takes the payload as one
 * literal, so it matches nothing, adds no rows and changes nothing in the store.
 */
class QueryInjectionTest {

    private static final String SAMPLE = "samples/papers.jsonl";
    private static final String UNION_ALL = "\"} UNION { ?s ?p ?o } #";

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void ingestTheSample() {
        db = dir.resolve("db");
        Run run = paperkg("ingest", "--db", db.toString(), "--no-progress", SAMPLE);
        assertThat(run.status()).as(run.err()).isZero();
    }

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("closes the literal and drops all", "\"} ; DROP ALL #"),
                Arguments.of("closes an IRI and unions everything", "> } UNION { ?s ?p ?o }"),
                Arguments.of("a real name, then a union of everything", "Focus-DETR" + UNION_ALL),
                Arguments.of("single quotes and an update", "'; DELETE WHERE { ?s ?p ?o } #"),
                Arguments.of("an IRI with spaces and angle brackets", "<http://example.org/a b> <c d>"),
                Arguments.of("a stored entity's IRI", "<https://w3id.org/paperkg/id/method/focus-detr>"),
                Arguments.of("a line break before a union", "DETR\n} UNION { ?s ?p ?o }"),
                Arguments.of("100 KB of unions", UNION_ALL.repeat(100 * 1024 / UNION_ALL.length())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyParameterTakesThePayloadAsOneLiteralThatMatchesNothing(String what, String payload) {
        Set<Quad> before = quads();
        for (SavedQuery query : SavedQueries.builtIn()) {
            for (SavedQuery.Param param : query.params()) {
                List<String> args = new ArrayList<>(List.of("query", query.name(), "--db", db.toString(),
                        "--format", "csv", "--param", param.name() + "=" + payload));
                query.params().stream().filter(p -> p.required() && !p.name().equals(param.name()))
                        .forEach(p -> args.addAll(List.of("--param", p.name() + "=COCO")));
                Run run = withSystemErr(args.toArray(String[]::new));
                String label = query.name() + " ?" + param.name();
                assertThat(run.status()).as(label + ": " + run.err()).isZero();
                assertThat(run.err()).as(label).isEmpty();
                assertThat(run.out().lines()).as(label + ": only the header, no rows").hasSize(1);
            }
        }
        assertThat(quads()).as("store unchanged").isEqualTo(before);
    }

    @Test
    void theSameQueriesWithRealNamesReturnRows() {
        assertThat(rows("method-evidence", "method=Focus-DETR")).isPositive();
        assertThat(rows("method-datasets", "method=Focus-DETR")).isPositive();
        assertThat(rows("dataset-methods", "dataset=COCO")).isPositive();
        assertThat(rows("papers-proposals", "titleWord=DETR")).isPositive();
    }

    @Test
    void aParameterNameThatIsAPayloadIsAUsageError() {
        Run run = paperkg("query", "method-evidence", "--db", db.toString(), "--param", "method }=DETR");
        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("has no parameter 'method }'").hasLineCount(1);
        Run noName = paperkg("query", "method-evidence", "--db", db.toString(), "--param", "\"} UNION { ?s ?p ?o }");
        assertThat(noName.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(noName.err()).contains("--param needs NAME=VALUE").hasLineCount(1);
    }

    /** Runs the CLI, folding anything written straight to System.err (library warnings) into its error output. */
    private static Run withSystemErr(String... args) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        System.setErr(new PrintStream(direct, true, StandardCharsets.UTF_8));
        try {
            Run run = paperkg(args);
            return new Run(run.status(), run.out(), run.err() + direct.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }

    private static long rows(String query, String param) {
        Run run = paperkg("query", query, "--db", db.toString(), "--format", "csv", "--param", param);
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().lines().count() - 1;
    }

    private static Set<Quad> quads() {
        return StoreAudit.copy(db).stream().collect(Collectors.toSet());
    }
}
