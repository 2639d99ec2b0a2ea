package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.model.PKG;
import org.paperkg.model.PROV;

/**
 * Usage counts per entity (papers per dataset, improving methods per metric) kept in the store's
 * default graph, beside the paper graphs and outside their union, so the top-datasets and
 * top-metrics queries read one count triple per entity instead of aggregating the whole graph.
 * Each write recomputes the counts of the entities it touches inside its own transaction, from the
 * stored graphs, so counts are never stale and re-storing a paper never counts it twice. For the
 * ranking counts (papers per dataset, methods per metric) it also keeps a histogram, bins of how
 * many entities have each value, from which a top-N query finds its cut-off in a few reads.
 * <pre>
 * GRAPH &lt;urn:x-arq:DefaultGraph&gt; { ?d pkg:paperCount ?papers ; pkg:evaluationPaperCount ?evaluations }
 * GRAPH &lt;urn:x-arq:DefaultGraph&gt; { ?bin pkg:histogramOf pkg:paperCount ; pkg:countValue 22 ; pkg:entityCount 327 }
 * </pre>
 */
public final class UsageCounts {

    /** Where the counts live: the stored default graph, which queries reach only by this name. */
    public static final Node GRAPH = Quad.defaultGraphIRI;

    private static final Node TYPE = RDF.type.asNode();
    private static final Node DATASET = PKG.Dataset.asNode();
    private static final Node METRIC = PKG.Metric.asNode();
    private static final Node RESULT = PKG.Result.asNode();
    private static final Node MENTIONS = PKG.mentions.asNode();
    private static final Node IMPROVES = PKG.improves.asNode();
    private static final Node EVALUATED_ON = PKG.evaluatedOn.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node METHOD_OF = PKG.method.asNode();
    private static final Node METRIC_OF = PKG.metric.asNode();
    private static final Node VALUE = PKG.value.asNode();
    private static final Node PAPERS = PKG.paperCount.asNode();
    private static final Node EVALUATIONS = PKG.evaluationPaperCount.asNode();
    private static final Node METHODS = PKG.improvingMethodCount.asNode();
    private static final Node VALUED = PKG.valuedResultCount.asNode();
    private static final Node HISTOGRAM_OF = PKG.histogramOf.asNode();
    private static final Node COUNT_VALUE = PKG.countValue.asNode();
    private static final Node ENTITY_COUNT = PKG.entityCount.asNode();

    private UsageCounts() {
    }

    /** The datasets and metrics whose counts some paper graphs can change. */
    public static final class Touched {
        private final Set<Node> datasets = new HashSet<>();
        private final Set<Node> metrics = new HashSet<>();

        /** Adds the entities a paper graph counts towards (call with a graph's old and new content). */
        public void add(Graph paperGraph) {
            objects(paperGraph, MENTIONS, datasets::add);
            objects(paperGraph, OBJECT, datasets::add);
            subjects(paperGraph, TYPE, DATASET, datasets::add);
            objects(paperGraph, IMPROVES, metrics::add);
            objects(paperGraph, METRIC_OF, metrics::add);
            subjects(paperGraph, TYPE, METRIC, metrics::add);
        }
    }

    /** Recomputes the counts of the touched entities from the stored paper graphs; call inside the write transaction. */
    public static void refresh(DatasetGraph dsg, Touched touched) {
        Graph union = dsg.getUnionGraph();
        for (Node d : touched.datasets) {
            long before = value(dsg, d, PAPERS);
            dsg.deleteAny(GRAPH, d, PAPERS, Node.ANY);
            dsg.deleteAny(GRAPH, d, EVALUATIONS, Node.ANY);
            long papers = datasetPapers(union, d);
            if (papers > 0) {
                dsg.add(GRAPH, d, PAPERS, count(papers));
                dsg.add(GRAPH, d, EVALUATIONS, count(evaluationPapers(union, d).size()));
            }
            moveInHistogram(dsg, PAPERS, before, papers);
        }
        for (Node x : touched.metrics) {
            long before = value(dsg, x, METHODS);
            dsg.deleteAny(GRAPH, x, METHODS, Node.ANY);
            dsg.deleteAny(GRAPH, x, VALUED, Node.ANY);
            long methods = union.find(Node.ANY, IMPROVES, x).mapWith(Triple::getSubject).toSet().size();
            if (methods > 0) {
                dsg.add(GRAPH, x, METHODS, count(methods));
                dsg.add(GRAPH, x, VALUED, count(valuedResults(union, x)));
            }
            moveInHistogram(dsg, METHODS, before, methods);
        }
    }

    /** Recounts every entity of the store (after a bulk load, or for a store written before counts were kept). */
    public static void rebuild(DatasetGraph dsg) {
        for (Node p : new Node[] {PAPERS, EVALUATIONS, METHODS, VALUED}) {
            dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
        }
        List<Node> bins = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, HISTOGRAM_OF, Node.ANY).forEachRemaining(q -> bins.add(q.getSubject()));
        bins.forEach(bin -> dsg.deleteAny(GRAPH, bin, Node.ANY, Node.ANY));
        Graph union = dsg.getUnionGraph();
        Touched all = new Touched();
        subjects(union, TYPE, DATASET, all.datasets::add);
        objects(union, IMPROVES, all.metrics::add);
        refresh(dsg, all);
    }

    /** Moves one entity from the histogram bin of its old count to that of its new one (zero is not binned). */
    private static void moveInHistogram(DatasetGraph dsg, Node count, long before, long after) {
        if (before == after) {
            return;
        }
        if (before > 0) {
            addToBin(dsg, count, before, -1);
        }
        if (after > 0) {
            addToBin(dsg, count, after, +1);
        }
    }

    private static void addToBin(DatasetGraph dsg, Node count, long value, int change) {
        Node bin = NodeFactory.createURI(PKG.DATA + "usage/" + count.getLocalName() + "/" + value);
        long entities = value(dsg, bin, ENTITY_COUNT) + change;
        dsg.deleteAny(GRAPH, bin, Node.ANY, Node.ANY);
        if (entities > 0) {
            dsg.add(GRAPH, bin, HISTOGRAM_OF, count);
            dsg.add(GRAPH, bin, COUNT_VALUE, count(value));
            dsg.add(GRAPH, bin, ENTITY_COUNT, count(entities));
        }
    }

    private static long value(DatasetGraph dsg, Node subject, Node count) {
        var it = dsg.find(GRAPH, subject, count, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** True when the store has papers to count but no histogram: written before counts were kept, or bulk-loaded. */
    static boolean missing(DatasetGraph dsg) {
        return dsg.listGraphNodes().hasNext()
                && !dsg.find(GRAPH, Node.ANY, HISTOGRAM_OF, Node.ANY).hasNext()
                && (dsg.getUnionGraph().find(Node.ANY, TYPE, DATASET).hasNext()
                    || dsg.getUnionGraph().find(Node.ANY, IMPROVES, Node.ANY).hasNext());
    }

    /** Papers that mention a dataset or evaluate on it (zero when it is not typed a dataset). */
    private static long datasetPapers(Graph union, Node d) {
        if (!union.contains(d, TYPE, DATASET)) {
            return 0;
        }
        Set<Node> papers = evaluationPapers(union, d);
        union.find(Node.ANY, MENTIONS, d).forEachRemaining(t -> papers.add(t.getSubject()));
        return papers.size();
    }

    /** Papers with an evaluatedOn claim whose object is the dataset. */
    private static Set<Node> evaluationPapers(Graph union, Node d) {
        Set<Node> papers = new HashSet<>();
        union.find(Node.ANY, OBJECT, d).mapWith(Triple::getSubject)
                .filterKeep(c -> union.contains(c, PREDICATE, EVALUATED_ON))
                .forEachRemaining(c -> objects(union, c, DERIVED_FROM, papers::add));
        return papers;
    }

    /** Results on a metric that give a value, by a method claimed to improve the metric. */
    private static long valuedResults(Graph union, Node x) {
        return union.find(Node.ANY, METRIC_OF, x).mapWith(Triple::getSubject)
                .filterKeep(r -> union.contains(r, TYPE, RESULT) && union.find(r, VALUE, Node.ANY).hasNext()
                        && union.find(r, METHOD_OF, Node.ANY)
                        .filterKeep(t -> union.contains(t.getObject(), IMPROVES, x)).hasNext())
                .toSet().size();
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void objects(Graph g, Node predicate, Consumer<Node> out) {
        objects(g, Node.ANY, predicate, out);
    }

    private static void objects(Graph g, Node subject, Node predicate, Consumer<Node> out) {
        g.find(subject, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.accept(t.getObject());
            }
        });
    }

    private static void subjects(Graph g, Node predicate, Node object, Consumer<Node> out) {
        g.find(Node.ANY, predicate, object).forEachRemaining(t -> out.accept(t.getSubject()));
    }
}
