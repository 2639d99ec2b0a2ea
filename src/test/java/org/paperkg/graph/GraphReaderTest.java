package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.graph.LineageFixture.AP;
import static org.paperkg.graph.LineageFixture.COCO;
import static org.paperkg.graph.LineageFixture.DEFORMABLE_DETR;
import static org.paperkg.graph.LineageFixture.DETR;
import static org.paperkg.graph.LineageFixture.DINO;
import static org.paperkg.graph.LineageFixture.FOCUS_DETR;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Relation;

class GraphReaderTest {

    private final GraphReader reader = GraphReader.of(LineageFixture.dataset());

    @Test
    void readsEveryPaperAndEntityOnceAcrossPaperGraphs() {
        EntityGraph graph = reader.all();

        assertThat(graph.nodes()).filteredOn(n -> n.type() == NodeType.PAPER).hasSize(4);
        assertThat(graph.nodes()).filteredOn(n -> n.iri().equals(DETR)).singleElement()
                .satisfies(n -> assertThat(n.label()).isEqualTo("DETR"))
                .satisfies(n -> assertThat(n.type()).isEqualTo(NodeType.METHOD));
        assertThat(graph.edges()).extracting(GraphEdge::id)
                .contains(DINO + " extends " + DEFORMABLE_DETR, FOCUS_DETR + " improves " + AP)
                .doesNotHaveDuplicates();
    }

    @Test
    void attachesEvidenceConfidencePaperAndResultToEdges() {
        GraphEdge improves = reader.all().edges().stream()
                .filter(e -> e.id().equals(DINO + " improves " + AP)).findFirst().orElseThrow();

        Support support = improves.best().orElseThrow();
        assertThat(support.evidence()).startsWith("DINO achieves 49.4 AP");
        assertThat(support.confidence()).isEqualByComparingTo(new BigDecimal("0.95"));
        assertThat(support.paperTitle()).startsWith("DINO: DETR with Improved DeNoising");
        assertThat(support.result().value()).isEqualTo("49.4");
        assertThat(support.result().datasetLabel()).isEqualTo("COCO");
        assertThat(support.result().describe()).isEqualTo("49.4 (+6.0) on COCO");
    }

    @Test
    void lineageOfDetrReachesDescendantsThroughExtendsChain() {
        Lineage lineage = reader.lineage(DETR, 2);

        assertThat(lineage.to(DETR, Relation.EXTENDS)).extracting(GraphEdge::source)
                .containsExactlyInAnyOrder(DEFORMABLE_DETR, FOCUS_DETR);
        assertThat(lineage.to(DEFORMABLE_DETR, Relation.EXTENDS)).extracting(GraphEdge::source).containsExactly(DINO);
        assertThat(lineage.graph().node(COCO)).isPresent();
        assertThat(lineage.from(DINO, Relation.IMPROVES)).hasSize(1);
    }

    @Test
    void lineageDepthLimitsHowFarExtendsIsFollowed() {
        Lineage lineage = reader.lineage(DETR, 1);

        assertThat(lineage.graph().node(DEFORMABLE_DETR)).isPresent();
        assertThat(lineage.graph().node(DINO)).isEmpty();
    }

    @Test
    void lineageOfDinoGoesUpToDetr() {
        Lineage lineage = reader.lineage(DINO, 3);

        assertThat(lineage.from(DINO, Relation.EXTENDS)).extracting(GraphEdge::target).containsExactly(DEFORMABLE_DETR);
        assertThat(lineage.from(DEFORMABLE_DETR, Relation.EXTENDS)).extracting(GraphEdge::target).containsExactly(DETR);
        assertThat(lineage.graph().node(FOCUS_DETR)).as("a sibling is not an ancestor").isEmpty();
    }

    @Test
    void findsMethodsByNameAltLabelOrIri() {
        assertThat(reader.method("Deformable-DETR")).map(GraphNode::iri).contains(DEFORMABLE_DETR);
        assertThat(reader.method("DEtection TRansformer")).map(GraphNode::iri).contains(DETR);
        assertThat(reader.method(DINO)).map(GraphNode::label).contains("DINO");
        assertThat(reader.method("YOLO")).isEmpty();
    }

    @Test
    void autocompletePutsPrefixMatchesFirst() {
        assertThat(reader.methods("de", 10)).extracting(GraphNode::label)
                .startsWith("DETR", "Deformable DETR").contains("DN-DETR", "Focus-DETR");
        assertThat(reader.methods("focus", 10)).extracting(GraphNode::label).containsExactly("Focus-DETR");
    }

    @Test
    void refusesLineageOfSomethingThatIsNoMethod() {
        assertThatThrownBy(() -> reader.lineage(COCO, 2)).hasMessageContaining(COCO);
    }
}
