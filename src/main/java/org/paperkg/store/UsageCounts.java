package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Each write takes away what the graphs it replaces counted and adds what the new ones count,
 * inside its own transaction, so counts are never stale, re-storing a paper never counts it twice,
 * and a write costs what its own papers hold, not what the store holds. For the
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
    private static final Node STATING = PKG.statingPaperCount.asNode();

    private UsageCounts() {
    }

    /**
     * The changes some paper graphs make to the counts: what each old graph counted is taken away
     * ({@link #remove}), what each new one counts is added ({@link #add}). Every count is a sum over
     * paper graphs, so a write costs what its own papers hold, however often an entity is used
     * elsewhere; "methods per metric" is kept exact through a count of stating papers per
     * (metric, method) pair.
     */
    public static final class Touched {
        /** Per dataset: {papers that mention or evaluate on it, papers that evaluate on it}. */
        private final Map<Node, long[]> datasets = new HashMap<>();
        /** Per (metric, method): papers stating that the method improves the metric. */
        private final Map<List<Node>, Long> pairs = new HashMap<>();
        /** Per metric: results with a value by a method the same paper says improves it. */
        private final Map<Node, Long> valued = new HashMap<>();

        /** Adds what a paper graph counts towards (a graph being stored). */
        public void add(Graph paperGraph) {
            count(paperGraph, +1);
        }

        /** Takes away what a paper graph counted (a graph being replaced or removed; call before it goes). */
        public void remove(Graph paperGraph) {
            count(paperGraph, -1);
        }

        private void count(Graph g, int sign) {
            Set<Node> typed = new HashSet<>();
            subjects(g, TYPE, DATASET, typed::add);
            Set<Node> evaluated = new HashSet<>();
            g.find(Node.ANY, PREDICATE, EVALUATED_ON).forEachRemaining(c -> objects(g, c.getSubject(), OBJECT, evaluated::add));
            Set<Node> used = new HashSet<>(evaluated);
            objects(g, MENTIONS, used::add);
            for (Node d : used) {
                if (typed.contains(d)) {
                    long[] change = datasets.computeIfAbsent(d, k -> new long[2]);
                    change[0] += sign;
                    change[1] += evaluated.contains(d) ? sign : 0;
                }
            }
            g.find(Node.ANY, IMPROVES, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    pairs.merge(List.of(t.getObject(), t.getSubject()), (long) sign, Long::sum);
                }
            });
            g.find(Node.ANY, TYPE, RESULT).mapWith(Triple::getSubject)
                    .filterKeep(r -> g.find(r, VALUE, Node.ANY).hasNext())
                    .forEachRemaining(r -> g.find(r, METRIC_OF, Node.ANY).forEachRemaining(x -> {
                        boolean improved = g.find(r, METHOD_OF, Node.ANY)
                                .filterKeep(m -> g.contains(m.getObject(), IMPROVES, x.getObject())).hasNext();
                        if (improved) {
                            valued.merge(x.getObject(), (long) sign, Long::sum);
                        }
                    }));
        }
    }

    /** Applies the changes of the papers a write stores or replaces; call inside the write transaction. */
    public static void refresh(DatasetGraph dsg, Touched touched) {
        touched.datasets.forEach((d, change) -> {
            if (change[0] == 0 && change[1] == 0) {
                return;
            }
            long before = value(dsg, d, PAPERS);
            store(dsg, d, PAPERS, before, before + change[0], EVALUATIONS, value(dsg, d, EVALUATIONS) + change[1]);
        });
        Map<Node, Long> methodChange = new HashMap<>();
        touched.pairs.forEach((pair, change) -> {
            if (change == 0) {
                return;
            }
            Node node = pairNode(pair.get(0), pair.get(1));
            long before = value(dsg, node, STATING);
            long after = before + change;
            dsg.deleteAny(GRAPH, node, STATING, Node.ANY);
            if (after > 0) {
                dsg.add(GRAPH, node, STATING, count(after));
            }
            long methods = (before == 0 && after > 0 ? 1 : 0) - (before > 0 && after == 0 ? 1 : 0);
            methodChange.merge(pair.get(0), methods, Long::sum);
        });
        Set<Node> metrics = new HashSet<>(methodChange.keySet());
        metrics.addAll(touched.valued.keySet());
        for (Node x : metrics) {
            long before = value(dsg, x, METHODS);
            store(dsg, x, METHODS, before, before + methodChange.getOrDefault(x, 0L),
                    VALUED, value(dsg, x, VALUED) + touched.valued.getOrDefault(x, 0L));
        }
    }

    /** Writes an entity's ranking count (moving it in the histogram) and its companion count; an entity at zero keeps neither. */
    private static void store(DatasetGraph dsg, Node entity, Node ranking, long before, long after, Node companion, long companionValue) {
        dsg.deleteAny(GRAPH, entity, ranking, Node.ANY);
        dsg.deleteAny(GRAPH, entity, companion, Node.ANY);
        if (after > 0) {
            dsg.add(GRAPH, entity, ranking, count(after));
            dsg.add(GRAPH, entity, companion, count(companionValue));
        }
        moveInHistogram(dsg, ranking, before, after);
    }

    /** Recounts every entity of the store, one paper graph at a time (after a bulk load, or for a store written before counts were kept). */
    public static void rebuild(DatasetGraph dsg) {
        for (Node p : new Node[] {PAPERS, EVALUATIONS, METHODS, VALUED, STATING}) {
            dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
        }
        List<Node> bins = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, HISTOGRAM_OF, Node.ANY).forEachRemaining(q -> bins.add(q.getSubject()));
        bins.forEach(bin -> dsg.deleteAny(GRAPH, bin, Node.ANY, Node.ANY));
        Touched all = new Touched();
        dsg.listGraphNodes().forEachRemaining(g -> all.add(dsg.getGraph(g)));
        refresh(dsg, all);
    }

    /** The node that holds how many papers state that a method improves a metric. */
    private static Node pairNode(Node metric, Node method) {
        return NodeFactory.createURI(PKG.DATA + "usage/improves/" + Digests.sha1(metric.getURI() + " " + method.getURI()));
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

    /**
     * True when the store has papers to count but no histogram (written before counts were kept, or
     * bulk-loaded), or improves claims but no stating-paper counts (counted by an earlier version).
     */
    static boolean missing(DatasetGraph dsg) {
        if (!dsg.listGraphNodes().hasNext()) {
            return false;
        }
        boolean improves = dsg.getUnionGraph().find(Node.ANY, IMPROVES, Node.ANY).hasNext();
        return !dsg.find(GRAPH, Node.ANY, HISTOGRAM_OF, Node.ANY).hasNext()
                && (improves || dsg.getUnionGraph().find(Node.ANY, TYPE, DATASET).hasNext())
                || improves && !dsg.find(GRAPH, Node.ANY, STATING, Node.ANY).hasNext();
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
