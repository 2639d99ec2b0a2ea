package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole path through the CLI on the real seed files: ingest, re-ingest, every saved query. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    static Path dir;

    private static Path db;

    /** Output, error output and exit status of one CLI run. */
    record Run(int status, String out, String err) {
    }

    static Run paperkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = PaperkgCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int status = cmd.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static String[] seedFiles() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toArray(String[]::new);
        }
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void seedsArePresent() {
        assumeTrue(Files.isDirectory(SEEDS), "needs ../shared/seeds");
        db = dir.resolve("db");
    }

    @Test
    @Order(1)
    void ingestingTheFiveSeedFilesGives305Papers() throws Exception {
        Run run = paperkg(concat(new String[] {"ingest", "--db", db.toString()}, seedFiles()));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("305 read, 305 stored").contains("rejected: 0").contains("abstracts/s");
        Run stats = paperkg("stats", "--db", db.toString(), "--format", "json");
        JsonNode counts = new ObjectMapper().readTree(stats.out());
        assertThat(counts.get("papers").asLong()).isEqualTo(305);
        assertThat(counts.get("methods").asLong()).isGreaterThan(100);
        assertThat(counts.get("datasets").asLong()).isGreaterThan(30);
    }

    @Test
    @Order(2)
    void ingestingAgainLeavesTheTripleCountUnchanged() throws Exception {
        String before = paperkg("stats", "--db", db.toString()).out();
        Run again = paperkg(concat(new String[] {"ingest", "--db", db.toString()}, seedFiles()));
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("305 unchanged");
        Run forced = paperkg(concat(new String[] {"ingest", "--force", "--db", db.toString()}, seedFiles()[0]));
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(paperkg("stats", "--db", db.toString()).out()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void everySavedQueryReturnsRowsOnTheSeedGraph() {
        Map<String, String> params = Map.of(
                "method-datasets", "method=Focus-DETR",
                "dataset-methods", "dataset=COCO",
                "lineage-ancestors", "method=Co-DETR",
                "lineage-descendants", "method=DETR",
                "method-evidence", "method=DETR",
                "task-methods", "task=object detection");
        String list = paperkg("queries").out();
        List<String> names = list.lines().filter(l -> l.matches("^[a-z-]+ — .*")).map(l -> l.split(" ")[0]).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        for (String name : names) {
            List<String> args = new ArrayList<>(List.of("query", name, "--db", db.toString(), "--format", "csv"));
            if (params.containsKey(name)) {
                args.addAll(List.of("--param", params.get(name)));
            }
            Run run = paperkg(args.toArray(String[]::new));
            assertThat(run.status()).as(name + ": " + run.err()).isZero();
            assertThat(run.out().lines().count()).as(name).isGreaterThan(1);
        }
        assertThat(paperkg("query", "lineage-descendants", "--db", db.toString(), "--param", "method=DETR").out())
                .contains("Focus-DETR");
    }

    @Test
    @Order(4)
    void theSeedGraphConformsToTheShapes() {
        Run run = paperkg("validate", "--db", db.toString());
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("0 violation(s)");
    }

    @Test
    void userErrorsAreOneClearLineWithoutAStackTrace() {
        Run missingStore = paperkg("stats", "--db", dir.resolve("nowhere").toString());
        assertThat(missingStore.status()).isEqualTo(ExitCodes.STORE);
        assertThat(missingStore.err()).contains("no store at").doesNotContain("Exception").hasLineCount(1);
        Run unknownQuery = paperkg("query", "no-such-query", "--db", dir.toString());
        assertThat(unknownQuery.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownQuery.err()).contains("no saved query").doesNotContain("\tat ");
    }
}
