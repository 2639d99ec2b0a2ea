package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Extraction;
import org.paperkg.model.Fixtures;
import org.paperkg.model.RdfMapper;

class PaperStoreTest {

    private static void store(PaperStore store, List<Extraction> extractions) {
        store.replacePapers(extractions.stream()
                .map(e -> new PaperGraph(e.paper().key(), RdfMapper.toModel(e))).toList());
    }

    @Test
    void reingestingThePapersLeavesTheTripleCountUnchanged() {
        try (PaperStore store = PaperStore.inMemory()) {
            store(store, Fixtures.detrLineage());
            StoreStats first = StoreStats.of(store);
            store(store, Fixtures.detrLineage());
            assertThat(StoreStats.of(store)).isEqualTo(first);
            assertThat(first.papers()).isEqualTo(3);
        }
    }

    @Test
    void oneEntityNamedInTwoPapersIsOneNodeInTheUnionGraph() {
        try (PaperStore store = PaperStore.inMemory()) {
            store(store, Fixtures.detrLineage());
            long detrs = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                        SELECT (COUNT(DISTINCT ?base) AS ?n) WHERE { ?m pkg:extends ?base . ?base pkg:normalizedName "detr" }
                        """).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(detrs).isEqualTo(1);
            assertThat(StoreStats.of(store).methods()).isEqualTo(4);
        }
    }

    @Test
    void knowsWhichPapersAreStoredWithTheSameContent() {
        try (PaperStore store = PaperStore.inMemory()) {
            Extraction focus = Fixtures.detrLineage().get(0);
            store(store, List.of(focus));
            assertThat(store.has(focus.paper().key(), RdfMapper.contentHash(focus.paper()))).isTrue();
            assertThat(store.has(focus.paper().key(), "another-hash")).isFalse();
        }
    }

    @Test
    void writesJsonLdAndRunsSparqlWithThePinnedDependencies() {
        // Without the dependencyManagement pins, CoreNLP's old commons-lang3 breaks SPARQL and JSON-LD.
        try (PaperStore store = PaperStore.inMemory()) {
            store(store, Fixtures.detrLineage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.JSONLD));
            assertThat(out.toString()).contains("Focus-DETR").contains("@graph");
        }
    }

    @Test
    void persistsInAFolderAndReopens(@TempDir Path dir) {
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            store(store, Fixtures.detrLineage());
        }
        try (PaperStore store = PaperStore.openExisting(dir.resolve("db"))) {
            assertThat(StoreStats.of(store).papers()).isEqualTo(3);
        }
    }

    @Test
    void aNewStoreIsCreatedBesideItsFolderAndAKilledCreationIsCleanedUp(@TempDir Path dir) throws Exception {
        Path abandoned = Files.createDirectories(dir.resolve(".db.creating-" + Integer.MAX_VALUE + "/Data-0001"));
        Files.writeString(abandoned.resolve("SPO.bpt"), "half-written");

        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            store(store, Fixtures.detrLineage());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("db");
        }
        try (PaperStore reopened = PaperStore.openExisting(dir.resolve("db"))) {
            assertThat(StoreStats.of(reopened).papers()).isEqualTo(Fixtures.detrLineage().size());
        }
    }

    @Test
    void refusesToReadAStoreThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> PaperStore.openExisting(dir.resolve("nothing-here")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store at");
    }

    @Test
    void theMappedGraphConformsToTheShapesAndABrokenOneDoesNot() {
        try (PaperStore store = PaperStore.inMemory()) {
            store(store, Fixtures.detrLineage());
            assertThat(ShapeCheck.validate(store).violations()).isEmpty();
            Txn.executeWrite(store.dataset(), () -> store.dataset().getNamedModel("urn:x:broken")
                    .createResource("urn:x:claim").addProperty(org.apache.jena.vocabulary.RDF.type,
                            org.paperkg.model.PKG.Claim));
            assertThat(ShapeCheck.validate(store).violations()).isNotEmpty();
        }
    }
}
