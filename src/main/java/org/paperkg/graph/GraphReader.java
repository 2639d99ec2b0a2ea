package org.paperkg.graph;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.model.Iris;
import org.paperkg.model.Kind;
import org.paperkg.model.Names;
import org.paperkg.model.PKG;
import org.paperkg.model.PROV;
import org.paperkg.model.Relation;

/**
 * Reads the property-graph view of a paperkg dataset from the union of its paper graphs.
 * Each public method runs in its own read transaction.
 */
public final class GraphReader {

    private static final List<Relation> RELATIONS = List.of(Relation.values());
    private static final Comparator<GraphNode> NODE_ORDER = Comparator.comparing(GraphNode::type)
            .thenComparing(n -> n.label().toLowerCase(Locale.ROOT)).thenComparing(GraphNode::iri);

    private final Dataset dataset;

    private GraphReader(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    public static GraphReader of(Dataset dataset) {
        return new GraphReader(dataset);
    }

    /** Every paper and entity and every relation between them. */
    public EntityGraph all() {
        return read(union -> {
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            for (NodeType type : NodeType.values()) {
                if (type.rdfClass() != null) {
                    union.listResourcesWithProperty(RDF.type, type.rdfClass())
                            .forEachRemaining(r -> nodes.putIfAbsent(r.getURI(), node(r)));
                }
            }
            // Every claim is read once: looking each edge's claims up by subject would read a paper's
            // claims once per mention it makes.
            Map<String, List<Support>> supports = new LinkedHashMap<>();
            union.listResourcesWithProperty(RDF.type, PKG.Claim).forEachRemaining(c -> {
                Resource s = c.getPropertyResourceValue(RDF.subject);
                Resource p = c.getPropertyResourceValue(RDF.predicate);
                Resource o = c.getPropertyResourceValue(RDF.object);
                if (c.isURIResource() && s != null && p != null && o != null) {
                    supports.computeIfAbsent(edgeKey(s, p, o), k -> new ArrayList<>()).add(support(c));
                }
            });
            List<GraphEdge> edges = new ArrayList<>();
            for (Relation relation : RELATIONS) {
                union.listStatements(null, PKG.propertyOf(relation), (RDFNode) null).forEachRemaining(st -> {
                    if (st.getObject().isURIResource() && st.getSubject().isURIResource()) {
                        nodes.computeIfAbsent(st.getSubject().getURI(), iri -> node(st.getSubject()));
                        nodes.computeIfAbsent(st.getResource().getURI(), iri -> node(st.getResource()));
                        edges.add(new GraphEdge(st.getSubject().getURI(), relation, st.getResource().getURI(),
                                supports.getOrDefault(edgeKey(st.getSubject(), st.getPredicate(), st.getResource()),
                                        List.of())));
                    }
                });
            }
            return graph(nodes.values(), edges);
        });
    }

    /**
     * Finds a method by IRI, by name (as {@link Iris#entity} mints it) or by any of its labels.
     */
    public Optional<GraphNode> method(String iriOrName) {
        Objects.requireNonNull(iriOrName, "iriOrName");
        String key = Names.entityKey(iriOrName);
        return read(union -> {
            Resource byIri = union.createResource(iriOrName.startsWith("http") ? iriOrName
                    : Iris.entity(Kind.METHOD, iriOrName));
            if (union.contains(byIri, RDF.type, PKG.Method)) {
                return Optional.of(node(byIri));
            }
            return union.listResourcesWithProperty(RDF.type, PKG.Method).toList().stream()
                    .filter(m -> labels(m).anyMatch(l -> Names.entityKey(l).equals(key)))
                    .map(GraphReader::node).min(NODE_ORDER);
        });
    }

    /** Methods whose label contains the text, those starting with it first; for autocompletion. */
    public List<GraphNode> methods(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return read(union -> union.listResourcesWithProperty(RDF.type, PKG.Method).toList().stream()
                .filter(Resource::isURIResource)
                .filter(m -> labels(m).anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(needle)))
                .map(GraphReader::node)
                .sorted(Comparator.comparing((GraphNode n) -> !n.label().toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparing(n -> n.label().length()).thenComparing(NODE_ORDER))
                .limit(limit).toList());
    }

    /**
     * A method's lineage: {@code depth} pkg:extends steps up and down, plus the outperforms,
     * evaluatedOn, improves and addresses edges of every method reached.
     */
    public Lineage lineage(String methodIri, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0: " + depth);
        }
        return read(union -> {
            Resource center = union.createResource(methodIri);
            if (!union.contains(center, RDF.type, PKG.Method)) {
                throw new IllegalArgumentException("no such method: " + methodIri);
            }
            Map<String, GraphEdge> edges = new LinkedHashMap<>();
            Set<Resource> methods = new LinkedHashSet<>(List.of(center));
            methods.addAll(walkExtends(union, center, depth, true, edges));
            methods.addAll(walkExtends(union, center, depth, false, edges));
            for (Resource m : List.copyOf(methods)) {
                for (Relation r : List.of(Relation.OUTPERFORMS, Relation.EVALUATED_ON, Relation.IMPROVES,
                        Relation.ADDRESSES)) {
                    union.listStatements(m, PKG.propertyOf(r), (RDFNode) null)
                            .forEachRemaining(st -> putEdge(union, st, r, edges));
                }
                union.listStatements(null, PKG.outperforms, m)
                        .forEachRemaining(st -> putEdge(union, st, Relation.OUTPERFORMS, edges));
            }
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            nodes.put(center.getURI(), node(center));
            for (GraphEdge e : edges.values()) {
                nodes.computeIfAbsent(e.source(), iri -> node(union.createResource(iri)));
                nodes.computeIfAbsent(e.target(), iri -> node(union.createResource(iri)));
            }
            return new Lineage(nodes.get(center.getURI()), depth, graph(nodes.values(), edges.values()));
        });
    }

    /** Breadth-first along pkg:extends, upwards (to what a method extends) or downwards. */
    private static Set<Resource> walkExtends(Model union, Resource start, int depth, boolean up,
                                             Map<String, GraphEdge> edges) {
        Set<Resource> seen = new LinkedHashSet<>();
        List<Resource> frontier = List.of(start);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            List<Resource> next = new ArrayList<>();
            for (Resource m : frontier) {
                List<Statement> steps = up ? union.listStatements(m, PKG.extends_, (RDFNode) null).toList()
                        : union.listStatements(null, PKG.extends_, m).toList();
                for (Statement st : steps) {
                    if (!st.getObject().isURIResource()) {
                        continue;
                    }
                    putEdge(union, st, Relation.EXTENDS, edges);
                    Resource other = up ? st.getResource() : st.getSubject();
                    if (!other.equals(start) && seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static void putEdge(Model union, Statement st, Relation relation, Map<String, GraphEdge> edges) {
        if (st.getObject().isURIResource()) {
            GraphEdge edge = edge(union, st, relation);
            edges.putIfAbsent(edge.id(), edge);
        }
    }

    private static GraphEdge edge(Model union, Statement st, Relation relation) {
        Resource s = st.getSubject();
        Resource o = st.getResource();
        Property p = st.getPredicate();
        List<Support> support = union.listResourcesWithProperty(RDF.subject, s).toList().stream()
                .filter(c -> c.hasProperty(RDF.predicate, p) && c.hasProperty(RDF.object, o))
                .filter(Resource::isURIResource)
                .map(GraphReader::support).toList();
        return new GraphEdge(s.getURI(), relation, o.getURI(), support);
    }

    private static String edgeKey(Resource s, Resource p, Resource o) {
        return s + " " + p + " " + o;
    }

    private static Support support(Resource claim) {
        Resource paper = claim.getPropertyResourceValue(PROV.wasDerivedFrom);
        Resource result = claim.getPropertyResourceValue(PKG.result);
        return new Support(claim.getURI(), string(claim, PKG.evidence), decimal(claim, PKG.confidence),
                paper == null ? null : paper.getURI(), paper == null ? null : string(paper, DCTerms.title),
                result == null ? null : resultValue(result));
    }

    private static ResultValue resultValue(Resource result) {
        Resource dataset = result.getPropertyResourceValue(PKG.dataset);
        String value = string(result, PKG.valueText);
        if (value == null) {
            value = string(result, PKG.value);
        }
        return new ResultValue(value, string(result, PKG.delta), string(result, PKG.unit),
                dataset == null ? null : dataset.getURI(), dataset == null ? null : node(dataset).label());
    }

    static GraphNode node(Resource r) {
        NodeType type = r.listProperties(RDF.type).toList().stream()
                .filter(st -> st.getObject().isURIResource())
                .map(st -> NodeType.ofClass(st.getResource()))
                .filter(t -> t != NodeType.OTHER).findFirst().orElse(NodeType.OTHER);
        String label = r.listProperties(SKOS.prefLabel).toList().stream()
                .map(st -> st.getObject().isLiteral() ? st.getString() : null).filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> Optional.ofNullable(string(r, DCTerms.title)).orElseGet(() -> localName(r.getURI())));
        return new GraphNode(r.getURI(), type, label);
    }

    private static Stream<String> labels(Resource r) {
        return Stream.of(SKOS.prefLabel, SKOS.altLabel)
                .flatMap(p -> r.listProperties(p).toList().stream())
                .filter(st -> st.getObject().isLiteral()).map(Statement::getString);
    }

    private static String localName(String iri) {
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return URLDecoder.decode(tail.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String string(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st != null && st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : null;
    }

    private static BigDecimal decimal(Resource r, Property p) {
        Statement st = r.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) {
            return null;
        }
        Literal l = st.getLiteral();
        try {
            return new BigDecimal(l.getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static EntityGraph graph(Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        return new EntityGraph(nodes.stream().sorted(NODE_ORDER).toList(),
                edges.stream().sorted(Comparator.comparing(GraphEdge::id)).toList());
    }

    private <T> T read(Function<Model, T> body) {
        Supplier<T> inTxn = () -> body.apply(ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph()));
        return Txn.calculateRead(dataset, inTxn);
    }
}
