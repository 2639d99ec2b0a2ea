package org.paperkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.paperkg.model.Extraction;
import org.paperkg.model.Iris;
import org.paperkg.model.RdfMapper;

/** Writes extractions as they come, one paper at a time, in a record or RDF format. */
public abstract sealed class ExtractionWriter implements AutoCloseable {

    /** Output formats of {@code paperkg extract}. */
    public enum Format { jsonl, ttl, trig, nq }

    public static ExtractionWriter create(Format format, OutputStream out) {
        return switch (format) {
            case jsonl -> new Records(out);
            case ttl -> new Rdf(out, RDFFormat.TURTLE_BLOCKS, false);
            case trig -> new Rdf(out, RDFFormat.TRIG_BLOCKS, true);
            case nq -> new Rdf(out, RDFFormat.NQUADS, true);
        };
    }

    public abstract void write(Extraction extraction);

    @Override
    public abstract void close();

    /** Gold-format JSON Lines, one record per paper. */
    static final class Records extends ExtractionWriter {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final OutputStream out;

        Records(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(Extraction extraction) {
            try {
                out.write(JSON.writeValueAsBytes(RecordJson.toRecord(extraction)));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** RDF through RIOT's streaming writers; quads put each paper in its own named graph. */
    static final class Rdf extends ExtractionWriter {
        private final StreamRDF stream;
        private final OutputStream out;
        private final boolean quads;

        Rdf(OutputStream out, RDFFormat format, boolean quads) {
            this.out = out;
            this.quads = quads;
            this.stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            RdfMapper.PREFIXES.forEach(stream::prefix);
        }

        @Override
        public void write(Extraction extraction) {
            Model m = RdfMapper.toModel(extraction);
            Node graph = NodeFactory.createURI(Iris.paperGraph(extraction.paper().key()));
            m.getGraph().find().forEachRemaining(t -> {
                if (quads) {
                    stream.quad(org.apache.jena.sparql.core.Quad.create(graph, t));
                } else {
                    stream.triple(t);
                }
            });
        }

        @Override
        public void close() {
            stream.finish();
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
