package org.paperkg.export;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The formats {@code paperkg export} writes. */
public enum ExportFormat {
    GRAPHML("graphml", null),
    DOT("dot", null),
    CYTOSCAPE("cyjs", null),
    TTL("ttl", RDFFormat.TURTLE_BLOCKS),
    TRIG("trig", RDFFormat.TRIG_BLOCKS),
    NQ("nq", RDFFormat.NQUADS),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY);

    private final String extension;
    private final RDFFormat rdfFormat;

    ExportFormat(String extension, RDFFormat rdfFormat) {
        this.extension = extension;
        this.rdfFormat = rdfFormat;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the RDF syntaxes, written by Jena RIOT rather than from the entity graph. */
    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** The RIOT format, or null for the graph formats. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The name as given on the command line ("graphml", "jsonld"). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat fromCliName(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                + Arrays.stream(values()).map(ExportFormat::cliName).toList());
    }
}
