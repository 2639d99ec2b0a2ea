package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.graph.LineageFixture;
import org.paperkg.store.PaperStore;
import picocli.CommandLine;

class LineageAndExportCommandsTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void storeOnDisk() throws Exception {
        db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(db);
             InputStream in = LineageFixture.class.getResourceAsStream(LineageFixture.RESOURCE)) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), in, Lang.TRIG));
        }
    }

    /** Exit code, standard output and standard error of one run. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = PaperkgCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void lineagePrintsDescendantsAsATreeWithTheirPapers() {
        Run run = run("lineage", "DETR", "--db", db.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "  ├── Deformable DETR   [0.85] Deformable DETR: Deformable Transformers",
                "  │   └── DINO   [0.8] DINO: DETR with Improved DeNoising",
                "  └── Focus-DETR   [0.9] Less is More: Focus Attention for Efficient DETR");
    }

    @Test
    void lineagePrintsAncestorsUpwardsWithEvidenceOnRequest() {
        Run run = run("lineage", "dino", "--db", db.toString(), "--evidence");

        assertThat(run.out()).contains("Builds on", "└── Deformable DETR", "└── DETR",
                "\"We propose Deformable DETR, which builds on DETR with deformable attention modules.\"",
                "AP 49.4 (+6.0) on COCO");
    }

    @Test
    void lineageOfAnUnknownMethodIsAUsageError() {
        Run run = run("lineage", "YOLO", "--db", db.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no method 'YOLO'");
    }

    @Test
    void exportWritesGraphMlToAFile() throws Exception {
        Path file = dir.resolve("graph.graphml");

        Run run = run("export", "--db", db.toString(), "--format", "graphml", "-o", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getElementsByTagName("node").getLength()).as("4 papers, 6 methods, a dataset, a metric, a task").isEqualTo(13);
    }

    @Test
    void exportOfOneMethodToStandardOutput() {
        Run run = run("export", "--db", db.toString(), "--format", "nq", "--method", "Focus-DETR", "--depth", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("<" + LineageFixture.FOCUS_DETR + "> <https://w3id.org/paperkg/ontology#extends> <"
                + LineageFixture.DETR + ">");
        assertThat(run.out()).doesNotContain("<" + LineageFixture.DINO + "> <https://w3id.org/paperkg/ontology#extends>");
    }

    @Test
    void exportRefusesAnUnknownFormatListingTheKnownOnes() {
        Run run = run("export", "--db", db.toString(), "--format", "xml");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'xml'", "graphml", "jsonld");
        assertThat(Files.exists(dir.resolve("xml"))).isFalse();
    }
}
