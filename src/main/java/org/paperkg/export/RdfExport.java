package org.paperkg.export;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.Lineage;
import org.paperkg.graph.Support;
import org.paperkg.model.PKG;
import org.paperkg.model.PROV;

/**
 * Writes the store, or one method's lineage neighbourhood, in an RDF syntax through Jena RIOT.
 * Turtle gets the union of the paper graphs; TriG, N-Quads and JSON-LD keep one graph per paper.
 */
public final class RdfExport {

    private static final Map<String, String> PREFIXES = Map.of(
            PKG.PREFIX, PKG.NAMESPACE,
            "dcterms", DCTerms.NS,
            "skos", SKOS.uri,
            "prov", PROV.NS,
            "rdf", RDF.uri,
            "xsd", XSD.NS,
            "paper", PKG.DATA + "paper/",
            "method", PKG.DATA + "method/",
            "dataset", PKG.DATA + "dataset/",
            "metric", PKG.DATA + "metric/");

    private RdfExport() {
    }

    /** Everything in the store; N-Quads, TriG and Turtle are streamed. */
    public static void writeAll(Dataset dataset, ExportFormat format, OutputStream out) {
        requireRdf(format);
        Txn.executeRead(dataset, () -> write(dataset.asDatasetGraph(), format, out));
    }

    /**
     * The statements behind a lineage: its nodes' types and labels, the relations between them,
     * and the claims and results of its edges with the titles of their papers, each in its paper graph.
     */
    public static void writeLineage(Dataset dataset, Lineage lineage, ExportFormat format, OutputStream out) {
        requireRdf(format);
        DatasetGraph subset = Txn.calculateRead(dataset, () -> lineageQuads(dataset.asDatasetGraph(), lineage));
        write(subset, format, out);
    }

    private static void write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
        if (!StreamRDFWriter.registered(format.rdfFormat())) {
            // JSON-LD is written from memory anyway; a copy gets the prefixes without touching the store.
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            PREFIXES.forEach(copy.prefixes()::add);
            RDFDataMgr.write(out, copy, format.rdfFormat());
            return;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        stream.start();
        PREFIXES.forEach(stream::prefix);
        if (format == ExportFormat.TTL) {
            dsg.getUnionGraph().find().forEachRemaining(stream::triple);
        } else {
            dsg.find().forEachRemaining(stream::quad);
        }
        stream.finish();
    }

    private static DatasetGraph lineageQuads(DatasetGraph dsg, Lineage lineage) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Set<Node> nodes = new LinkedHashSet<>();
        for (GraphNode n : lineage.graph().nodes()) {
            nodes.add(NodeFactory.createURI(n.iri()));
        }
        for (Node n : nodes) {
            dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() || q.getPredicate().equals(RDF.type.asNode())) {
                    out.add(q);
                }
            });
        }
        Set<String> papers = new LinkedHashSet<>();
        for (GraphEdge e : lineage.graph().edges()) {
            Node s = NodeFactory.createURI(e.source());
            Node p = PKG.propertyOf(e.relation()).asNode();
            Node o = NodeFactory.createURI(e.target());
            dsg.find(Node.ANY, s, p, o).forEachRemaining(out::add);
            for (Support support : e.support()) {
                Node claim = NodeFactory.createURI(support.claimIri());
                dsg.find(Node.ANY, claim, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    out.add(q);
                    if (q.getPredicate().equals(PKG.result.asNode())) {
                        dsg.find(Node.ANY, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
                    }
                });
                if (support.paperIri() != null) {
                    papers.add(support.paperIri());
                }
            }
        }
        for (String paper : papers) {
            Node p = NodeFactory.createURI(paper);
            dsg.find(Node.ANY, p, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() || q.getPredicate().equals(RDF.type.asNode())) {
                    out.add(q);
                }
            });
        }
        return out;
    }

    private static void requireRdf(ExportFormat format) {
        Objects.requireNonNull(format, "format");
        if (!format.isRdf()) {
            throw new IllegalArgumentException("not an RDF format: " + format.cliName());
        }
    }
}
