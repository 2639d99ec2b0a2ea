package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.nio.file.Path;
import java.util.Comparator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.model.PKG;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreAudit;

/** {@code paperkg validate} on a store broken by hand: it names each broken node and exits 1. */
class ValidateBrokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void reportsAClaimWithoutEvidenceAResultWithTwoValuesAndAPaperWithoutTitle() {
        Path db = dir.resolve("db");
        Run ingest = paperkg("ingest", "--db", db.toString(), "--no-progress", "samples/papers.jsonl");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(paperkg("validate", "--db", db.toString()).out()).contains("0 violation(s)");

        Quad evidence;
        Quad value;
        Quad title;
        try (PaperStore store = PaperStore.open(db)) {
            DatasetGraph dsg = store.datasetGraph();
            evidence = Txn.calculateRead(dsg, () -> first(dsg, PKG.evidence.asNode()));
            value = Txn.calculateRead(dsg, () -> first(dsg, PKG.value.asNode()));
            title = Txn.calculateRead(dsg, () -> first(dsg, DCTerms.title.asNode()));
            Txn.executeWrite(dsg, () -> {
                dsg.delete(evidence);
                dsg.add(value.getGraph(), value.getSubject(), value.getPredicate(),
                        NodeFactory.createLiteralDT("12345.6", XSDDatatype.XSDdecimal));
                dsg.delete(title);
            });
        }

        Run validate = paperkg("validate", "--db", db.toString(), "--max", "100");

        assertThat(validate.status()).as(validate.out()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(validate.out()).contains("3 violation(s)");
        assertThat(validate.out().lines().filter(l -> l.startsWith("violation: "))).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains(evidence.getSubject().getURI()).contains("evidence"))
                .anySatisfy(l -> assertThat(l).contains(value.getSubject().getURI()).contains("value"))
                .anySatisfy(l -> assertThat(l).contains(title.getSubject().getURI()).contains("title"));
        // The crash tests' own completeness check sees the claim and the paper too.
        assertThat(StoreAudit.incompletePapers(StoreAudit.copy(db)))
                .anySatisfy(p -> assertThat(p).contains(evidence.getSubject().getURI()).contains("evidence"))
                .anySatisfy(p -> assertThat(p).contains(title.getSubject().getURI()).contains("title"));
    }

    /** The first stored quad with this predicate, in a stable order (a claim, result or paper of the sample). */
    private static Quad first(DatasetGraph dsg, Node predicate) {
        return dsg.stream(Node.ANY, Node.ANY, predicate, Node.ANY)
                .min(Comparator.comparing(Quad::toString))
                .orElseThrow(() -> new AssertionError("the sample store has no " + predicate));
    }
}
