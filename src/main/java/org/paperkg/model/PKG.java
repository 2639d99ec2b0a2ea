package org.paperkg.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The paperkg vocabulary; kept in step with {@code ontology/paperkg.ttl} by a test. */
public final class PKG {

    public static final String NAMESPACE = "https://w3id.org/paperkg/ontology#";
    public static final String PREFIX = "pkg";
    /** Where instance IRIs (papers, entities, claims, results) live. */
    public static final String DATA = "https://w3id.org/paperkg/id/";

    // Classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Entity = resource("Entity");
    public static final Resource Method = resource("Method");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Metric = resource("Metric");
    public static final Resource Task = resource("Task");
    public static final Resource Result = resource("Result");
    public static final Resource Claim = resource("Claim");

    // Relations (the plain triples simple queries use)
    public static final Property proposes = property("proposes");
    public static final Property mentions = property("mentions");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property improves = property("improves");
    public static final Property extends_ = property("extends");
    public static final Property outperforms = property("outperforms");
    public static final Property addresses = property("addresses");

    // Claims: evidence and confidence of each plain triple
    public static final Property evidence = property("evidence");
    public static final Property evidenceStart = property("evidenceStart");
    public static final Property evidenceEnd = property("evidenceEnd");
    public static final Property evidenceInTitle = property("evidenceInTitle");
    public static final Property confidence = property("confidence");
    public static final Property result = property("result");

    // Results (n-ary)
    public static final Property method = property("method");
    public static final Property dataset = property("dataset");
    public static final Property metric = property("metric");
    public static final Property value = property("value");
    public static final Property valueText = property("valueText");
    public static final Property delta = property("delta");
    public static final Property unit = property("unit");

    // Papers and entities
    public static final Property named = property("named");
    public static final Property category = property("category");
    public static final Property url = property("url");
    public static final Property author = property("author");
    public static final Property normalizedName = property("normalizedName");
    public static final Property contentHash = property("contentHash");

    // Usage counts the store keeps in its default graph (see org.paperkg.store.UsageCounts).
    public static final Property paperCount = property("paperCount");
    public static final Property evaluationPaperCount = property("evaluationPaperCount");
    public static final Property improvingMethodCount = property("improvingMethodCount");
    public static final Property valuedResultCount = property("valuedResultCount");
    public static final Property histogramOf = property("histogramOf");
    public static final Property countValue = property("countValue");
    public static final Property entityCount = property("entityCount");
    public static final Property statingPaperCount = property("statingPaperCount");

    // Listing keys the store keeps in its default graph (see org.paperkg.store.ListingKeys).
    public static final Property titleSortKey = property("titleSortKey");
    public static final Property titleWord = property("titleWord");
    public static final Property labelText = property("labelText");
    public static final Property metricLabelKey = property("metricLabelKey");
    public static final Property winnerLabelKey = property("winnerLabelKey");
    public static final Property listedFor = property("listedFor");

    private PKG() {
    }

    /** The ontology class of an entity kind. */
    public static Resource classOf(Kind kind) {
        return switch (kind) {
            case METHOD -> Method;
            case DATASET -> Dataset;
            case METRIC -> Metric;
            case TASK -> Task;
        };
    }

    /** The property of a relation. */
    public static Property propertyOf(Relation relation) {
        return switch (relation) {
            case PROPOSES -> proposes;
            case MENTIONS -> mentions;
            case EVALUATED_ON -> evaluatedOn;
            case IMPROVES -> improves;
            case EXTENDS -> extends_;
            case OUTPERFORMS -> outperforms;
            case ADDRESSES -> addresses;
        };
    }

    /** The IRI of a vocabulary constant (tests check constants against the ontology). */
    static String uriOf(java.lang.reflect.Field field) {
        try {
            return ((Resource) field.get(null)).getURI();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
