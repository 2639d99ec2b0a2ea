package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Fixtures;
import org.paperkg.model.Iris;
import org.paperkg.model.Kind;
import org.paperkg.model.RdfMapper;
import org.paperkg.model.Relation;
import org.paperkg.store.PaperStore;

/** The reader against what RdfMapper really writes, not only the hand-written TriG. */
class GraphReaderOnMappedPapersTest {

    @Test
    void readsLineageAndResultsFromMappedExtractions() {
        PaperStore store = PaperStore.inMemory();
        for (Extraction e : Fixtures.detrLineage()) {
            store.replacePaper(e.paper().key(), RdfMapper.toModel(e));
        }
        GraphReader reader = GraphReader.of(store.dataset());
        String detr = Iris.entity(Kind.METHOD, "DETR");

        Lineage lineage = reader.lineage(reader.method("detr").orElseThrow().iri(), 3);

        assertThat(lineage.center().iri()).isEqualTo(detr);
        assertThat(lineage.descendants()).containsExactlyInAnyOrder(Iris.entity(Kind.METHOD, "Focus-DETR"),
                Iris.entity(Kind.METHOD, "Deformable DETR"), Iris.entity(Kind.METHOD, "DINO"));
        GraphEdge improves = lineage.from(Iris.entity(Kind.METHOD, "DINO"), Relation.IMPROVES).get(0);
        Support support = improves.best().orElseThrow();
        assertThat(support.result().describe()).isEqualTo("63.3 on COCO test-dev");
        assertThat(support.paperTitle()).startsWith("DINO:");
        assertThat(support.evidence()).isEqualTo("AP");
        assertThat(reader.all().edges()).filteredOn(e -> e.relation() == Relation.PROPOSES)
                .hasSize(3).allSatisfy(e -> assertThat(e.support()).hasSize(1));
    }

    @Test
    void extendsCyclesEndTheWalk() {
        PaperStore store = PaperStore.inMemory();
        Extraction a = new Fixtures.Builder("Alpha", "Alpha extends Beta.")
                .relate("Alpha", Relation.EXTENDS, Fixtures.method("Beta")).build();
        Extraction b = new Fixtures.Builder("Beta", "Beta extends Alpha.")
                .relate("Beta", Relation.EXTENDS, Fixtures.method("Alpha")).build();
        store.replacePaper(a.paper().key(), RdfMapper.toModel(a));
        store.replacePaper(b.paper().key(), RdfMapper.toModel(b));
        String alpha = Iris.entity(Kind.METHOD, "Alpha");
        String beta = Iris.entity(Kind.METHOD, "Beta");

        Lineage lineage = GraphReader.of(store.dataset()).lineage(alpha, 10);

        assertThat(lineage.ancestors()).containsExactly(beta);
        assertThat(lineage.descendants()).containsExactly(beta);
        assertThat(lineage.graph().edges()).hasSize(2);
    }
}
