package org.paperkg.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.model.Names;
import org.paperkg.model.PKG;

/**
 * Keys kept in the store's default graph (beside the {@link UsageCounts}) so the listing queries
 * (papers-proposals, leaderboard, outperforms) answer a page without sorting every row: TDB2 lists
 * the {@link SortKey}s of titles and labels in order, and a query sorts only the rows that share a
 * key. Also the words of each title, so a title search reads only the papers with the word.
 * <pre>
 * GRAPH &lt;urn:x-arq:DefaultGraph&gt; { ?paper pkg:titleSortKey 3040578880138140 ; pkg:titleWord "detection" }
 * GRAPH &lt;urn:x-arq:DefaultGraph&gt; { ?label pkg:labelText "AP" ; pkg:metricLabelKey 3343000000000000 }
 * </pre>
 * A paper's title key and words are replaced with its graph. A label is listed for a role (the
 * metric of a result, the winner of an outperforms claim) once an entity that any paper puts in
 * that role has it (an entity is marked {@code pkg:listedFor} the role the first time), and stays
 * listed: a label that no longer labels anything in the role only makes a query look at a key
 * group that turns out empty, and a write never reads more than its own papers and the labels of
 * an entity new to a role. Updated in the write transaction that stores
 * the papers, so the keys are never stale.
 */
public final class ListingKeys {

    private static final Node GRAPH = UsageCounts.GRAPH;
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node LABEL = SKOS.prefLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PAPER = PKG.Paper.asNode();
    private static final Node TITLE_KEY = PKG.titleSortKey.asNode();
    private static final Node TITLE_WORD = PKG.titleWord.asNode();
    private static final Node LABEL_TEXT = PKG.labelText.asNode();
    private static final Node LISTED_FOR = PKG.listedFor.asNode();

    /** An entity role whose labels a listing query orders by: the subject or the object of a property. */
    private record Role(String name, Node key, Node property, boolean asSubject) {
        /** The entities in this role in a graph. */
        void entities(Graph g, Consumer<Node> out) {
            g.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> out.accept(asSubject ? t.getSubject() : t.getObject()));
        }
    }

    /** The metric of a result (leaderboard) and the winner of an outperforms claim (outperforms). */
    private static final List<Role> ROLES = List.of(
            new Role("metric", PKG.metricLabelKey.asNode(), PKG.metric.asNode(), false),
            new Role("winner", PKG.winnerLabelKey.asNode(), PKG.outperforms.asNode(), true));

    private ListingKeys() {
    }

    /**
     * Updates the keys for paper graphs just stored or replaced (call inside the write transaction,
     * after all of them are in place, so a label and its role given by two papers of one write are seen together).
     */
    public static void update(DatasetGraph dsg, Collection<Node> paperGraphs) {
        Graph union = dsg.getUnionGraph();
        for (Node g : paperGraphs) {
            Graph graph = dsg.getGraph(g);
            replaceTitle(dsg, g, graph);
            for (Role role : ROLES) {
                Set<Node> inRole = new HashSet<>();
                role.entities(graph, inRole::add);
                for (Node e : inRole) {
                    // New to the role: every label the store gives it, once; later labels come below.
                    if (!dsg.contains(GRAPH, e, LISTED_FOR, role.key())) {
                        dsg.add(GRAPH, e, LISTED_FOR, role.key());
                        union.find(e, LABEL, Node.ANY).forEachRemaining(t -> list(dsg, role, t.getObject()));
                    }
                }
                graph.find(Node.ANY, LABEL, Node.ANY).forEachRemaining(t -> {
                    if (dsg.contains(GRAPH, t.getSubject(), LISTED_FOR, role.key())) {
                        list(dsg, role, t.getObject());
                    }
                });
            }
        }
    }

    /** Drops every key and lists them again from all paper graphs (a bulk load, or a store written before keys were kept). */
    public static void rebuild(DatasetGraph dsg) {
        for (Node p : List.of(TITLE_KEY, TITLE_WORD, LABEL_TEXT, LISTED_FOR, ROLES.get(0).key(), ROLES.get(1).key())) {
            dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
        }
        update(dsg, org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()));
    }

    /** True when the store has papers but no title keys (written before keys were kept, or bulk-loaded). */
    static boolean missing(DatasetGraph dsg) {
        return dsg.listGraphNodes().hasNext() && !dsg.find(GRAPH, Node.ANY, TITLE_KEY, Node.ANY).hasNext();
    }

    /** The paper's title key and words; the paper node is its graph's name. */
    private static void replaceTitle(DatasetGraph dsg, Node paper, Graph graph) {
        dsg.deleteAny(GRAPH, paper, TITLE_KEY, Node.ANY);
        dsg.deleteAny(GRAPH, paper, TITLE_WORD, Node.ANY);
        if (!graph.contains(paper, TYPE, PAPER)) {
            return;
        }
        graph.find(paper, TITLE, Node.ANY).forEachRemaining(t -> {
            String title = t.getObject().getLiteralLexicalForm();
            dsg.add(GRAPH, paper, TITLE_KEY, integer(SortKey.of(title)));
            words(title).forEach(w -> dsg.add(GRAPH, paper, TITLE_WORD, NodeFactory.createLiteralString(w)));
        });
    }

    /**
     * The words of a title as a title search matches them: split at anything but letters and
     * digits, each normalised as entity names are (case, a plural 's'), so the runner's
     * {@code ?titleWordKey} finds them.
     */
    public static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(Names.entityKey(w));
            }
        }
        return out;
    }

    private static void list(DatasetGraph dsg, Role role, Node label) {
        if (!label.isLiteral()) {
            return;
        }
        Node node = NodeFactory.createURI(PKG.DATA + "listing/" + role.name() + "/" + Digests.sha1(label.toString()));
        dsg.add(GRAPH, node, LABEL_TEXT, label);
        dsg.add(GRAPH, node, role.key(), integer(SortKey.of(label.getLiteralLexicalForm())));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
