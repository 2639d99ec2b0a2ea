package org.paperkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.model.PKG;
import org.paperkg.model.PROV;

/**
 * Test-side checks that a store holds no half-written paper: every named graph is one whole
 * paper (its node with title, abstract and content hash; every relation with its complete claim),
 * and the default graph holds exactly the usage counts and listing keys of the paper graphs.
 */
public final class StoreAudit {

    private static final Set<Property> RELATIONS = Set.of(PKG.proposes, PKG.evaluatedOn, PKG.improves,
            PKG.extends_, PKG.outperforms, PKG.addresses);

    private StoreAudit() {
    }

    /** All quads of the store at {@code dir}, copied into memory (the store is closed again). */
    public static DatasetGraph copy(Path dir) {
        try (PaperStore store = PaperStore.openExisting(dir)) {
            return copy(store);
        }
    }

    public static DatasetGraph copy(PaperStore store) {
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(out::add));
        return out;
    }

    /** One line per incompleteness found; empty when every paper graph is whole. */
    public static List<String> incompletePapers(DatasetGraph dsg) {
        List<String> problems = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> checkPaperGraph(g, dsg.getGraph(g), problems));
        DatasetGraph recounted = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                recounted.add(q);
            }
        });
        UsageCounts.rebuild(recounted);
        ListingKeys.rebuild(recounted);
        if (!Set.copyOf(dsg.getDefaultGraph().find().toList()).equals(Set.copyOf(recounted.getDefaultGraph().find().toList()))) {
            problems.add("the stored default graph holds other than the usage counts and listing keys of the paper graphs: "
                    + dsg.getDefaultGraph().size() + " triples, " + recounted.getDefaultGraph().size() + " recounted");
        }
        return problems;
    }

    private static void checkPaperGraph(Node g, Graph graph, List<String> problems) {
        List<Node> papers = graph.find(Node.ANY, RDF.type.asNode(), PKG.Paper.asNode())
                .mapWith(Triple::getSubject).toList();
        if (!papers.equals(List.of(g))) {
            problems.add(g + ": paper nodes " + papers + ", expected exactly the graph's own IRI");
            return;
        }
        for (Property p : List.of(DCTerms.title, DCTerms.abstract_, DCTerms.identifier, PKG.contentHash)) {
            requireOne(graph, g, p, g + " (paper)", problems);
        }
        graph.find(Node.ANY, RDF.type.asNode(), PKG.Claim.asNode()).mapWith(Triple::getSubject)
                .forEachRemaining(c -> checkClaim(graph, g, c, problems));
        graph.find().filterKeep(t -> RELATIONS.stream().anyMatch(r -> r.asNode().equals(t.getPredicate())))
                .forEachRemaining(t -> {
                    boolean claimed = graph.find(Node.ANY, RDF.subject.asNode(), t.getSubject())
                            .mapWith(Triple::getSubject)
                            .filterKeep(c -> graph.contains(c, RDF.predicate.asNode(), t.getPredicate())
                                    && graph.contains(c, RDF.object.asNode(), t.getObject()))
                            .hasNext();
                    if (!claimed) {
                        problems.add(g + ": triple without its claim: " + t);
                    }
                });
    }

    private static void checkClaim(Graph graph, Node g, Node claim, List<String> problems) {
        String where = g + " claim " + claim;
        for (Property p : List.of(RDF.subject, RDF.predicate, RDF.object, PKG.evidence, PKG.evidenceStart,
                PKG.evidenceEnd, PKG.confidence)) {
            requireOne(graph, claim, p, where, problems);
        }
        if (!graph.contains(claim, PROV.wasDerivedFrom.asNode(), g)) {
            problems.add(where + ": not derived from its paper");
        }
        if (graph.contains(claim, RDF.predicate.asNode(), PKG.improves.asNode())) {
            List<Node> results = graph.find(claim, PKG.result.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            if (results.size() != 1) {
                problems.add(where + ": improves claim with " + results.size() + " results");
                return;
            }
            Node r = results.get(0);
            if (!graph.contains(r, RDF.type.asNode(), PKG.Result.asNode())) {
                problems.add(where + ": result " + r + " is not a pkg:Result");
            }
            requireOne(graph, r, PKG.method, where + " result", problems);
            requireOne(graph, r, PKG.metric, where + " result", problems);
        }
    }

    private static void requireOne(Graph graph, Node s, Property p, String where, List<String> problems) {
        int n = graph.find(s, p.asNode(), Node.ANY).toList().size();
        if (n != 1) {
            problems.add(where + ": " + n + " values of " + p.getLocalName() + ", expected 1");
        }
    }
}
