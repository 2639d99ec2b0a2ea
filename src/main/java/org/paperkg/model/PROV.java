package org.paperkg.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The one W3C PROV-O term the graph uses: which paper a claim or result came from. */
public final class PROV {

    public static final String NAMESPACE = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NAMESPACE + "wasDerivedFrom");

    private PROV() {
    }
}
