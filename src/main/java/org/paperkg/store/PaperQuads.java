package org.paperkg.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.model.Extraction;
import org.paperkg.model.Iris;
import org.paperkg.model.RdfMapper;

/**
 * One paper's graph as N-Quads in its own named graph, exactly what ingest stores for it:
 * the shard format written by a cluster and read by {@link BulkLoader#loadShards}.
 */
public final class PaperQuads {

    private PaperQuads() {
    }

    /** Sends the paper's triples to {@code out} as quads of the paper's named graph. */
    public static void send(Extraction extraction, StreamRDF out) {
        Node graph = NodeFactory.createURI(Iris.paperGraph(extraction.paper().key()));
        RdfMapper.toModel(extraction).getGraph().find().forEach(t -> out.quad(Quad.create(graph, t)));
    }

    /** The paper's quads as N-Quads lines, each ending in a newline. */
    public static String toNQuads(Extraction extraction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, Lang.NQUADS);
        writer.start();
        send(extraction, writer);
        writer.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
