package org.paperkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Fixtures;
import org.paperkg.model.Iris;
import org.paperkg.model.Kind;
import org.paperkg.model.PKG;

class GraphReplicatorTest {

    private final List<Extraction> seeds = Fixtures.detrLineage();

    @Test
    void quadsPapersAndEntitiesScaleWithTheNumberOfCopies() {
        DatasetGraph once = write(seeds.size());
        DatasetGraph fourTimes = write(4L * seeds.size());

        assertThat(count(fourTimes)).isEqualTo(4 * count(once));
        assertThat(graphs(fourTimes)).hasSize(4 * graphs(once).size());
        assertThat(entities(fourTimes)).hasSize(4 * entities(once).size());
    }

    @Test
    void eachCopyKeepsTheLineageUnderItsOwnNames() {
        DatasetGraph dsg = write(3L * seeds.size());
        Node focus = NodeFactory.createURI(Iris.entity(Kind.METHOD, "R2 Focus-DETR"));
        Node detr = NodeFactory.createURI(Iris.entity(Kind.METHOD, "R2 DETR"));

        assertThat(dsg.contains(Node.ANY, focus, PKG.extends_.asNode(), detr)).isTrue();
        assertThat(dsg.contains(Node.ANY, focus, PKG.normalizedName.asNode(), NodeFactory.createLiteralString("r2-focus-detr")))
                .isTrue();
        assertThat(dsg.contains(Node.ANY, focus, PKG.extends_.asNode(),
                NodeFactory.createURI(Iris.entity(Kind.METHOD, "DETR")))).isFalse();
    }

    @Test
    void copyZeroIsTheSeedItself() {
        assertThat(GraphReplicator.copy(seeds.get(0), 0)).isSameAs(seeds.get(0));
        assertThat(GraphReplicator.copy(seeds.get(0), 7).paper().title()).isEqualTo("R7 " + seeds.get(0).paper().title());
    }

    @Test
    void rejectsNoSeeds() {
        assertThatThrownBy(() -> GraphReplicator.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private DatasetGraph write(long papers) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        GraphReplicator.of(seeds).writeQuads(papers, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static long count(DatasetGraph dsg) {
        return dsg.stream().count();
    }

    private static Set<Node> graphs(DatasetGraph dsg) {
        Set<Node> out = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    private static Set<Node> entities(DatasetGraph dsg) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Entity.asNode()).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
