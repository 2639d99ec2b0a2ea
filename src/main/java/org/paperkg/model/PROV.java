package org.paperkg.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms paperkg uses (Jena ships no PROV vocabulary class). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private PROV() {
    }
}
