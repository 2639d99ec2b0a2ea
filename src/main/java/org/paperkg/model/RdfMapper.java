package org.paperkg.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Maps one paper's extraction to its RDF graph (the content of the paper's named graph).
 * Every relation is written twice: as the plain triple simple queries use, and as a
 * {@code pkg:Claim} (an {@code rdf:Statement}) carrying evidence and confidence.
 */
public final class RdfMapper {

    /** The prefixes every paperkg RDF output uses. */
    public static final java.util.Map<String, String> PREFIXES = java.util.Map.of(
            PKG.PREFIX, PKG.NAMESPACE, "dcterms", DCTerms.NS, "skos", SKOS.uri, "prov", PROV.NS,
            "rdf", RDF.uri, "xsd", org.apache.jena.vocabulary.XSD.NS);

    private RdfMapper() {
    }

    public static Model toModel(Extraction extraction) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        Paper paper = extraction.paper();
        String key = paper.key();
        Resource p = paperResource(m, paper, key);
        // An entity is in many statements of a paper: its resource and triples are made once.
        Map<Entity, Resource> entities = new HashMap<>();
        Function<Entity, Resource> entity = e -> entities.computeIfAbsent(e, x -> entity(m, x));
        for (Statement st : extraction.statements()) {
            Resource object = entity.apply(st.object());
            Resource subject = st.subject() == null ? p : entity.apply(st.subject());
            subject.addProperty(PKG.propertyOf(st.relation()), object);
            claim(m, key, p, subject, st, object, entity);
        }
        return m;
    }

    /** A stable hash of the paper's content, to skip re-extracting an unchanged paper. */
    public static String contentHash(Paper paper) {
        return sha256(paper.title() + "\u0000" + paper.abstractText()).substring(0, 32);
    }

    private static Resource paperResource(Model m, Paper paper, String key) {
        Resource p = m.createResource(Iris.paper(key), PKG.Paper)
                .addProperty(DCTerms.title, paper.title())
                .addProperty(DCTerms.identifier, key)
                .addProperty(DCTerms.abstract_, paper.abstractText())
                .addProperty(PKG.contentHash, contentHash(paper));
        paper.authors().forEach(a -> p.addProperty(PKG.author, a));
        paper.categories().forEach(c -> p.addProperty(PKG.category, c));
        if (paper.date() != null) {
            p.addProperty(DCTerms.date, paper.date());
        }
        if (paper.url() != null) {
            p.addProperty(PKG.url, paper.url());
        }
        return p;
    }

    private static Resource entity(Model m, Entity e) {
        // Typed with pkg:Entity too, so that SHACL and queries need no RDFS inference.
        String key = e.key();
        Resource r = m.createResource(Iris.entityOfKey(e.kind(), key), PKG.classOf(e.kind()))
                .addProperty(RDF.type, PKG.Entity)
                .addProperty(SKOS.prefLabel, e.name())
                .addProperty(PKG.normalizedName, key);
        e.aliases().stream().filter(a -> !a.equals(e.name())).forEach(a -> r.addProperty(SKOS.altLabel, a));
        if (!e.named()) {
            r.addLiteral(PKG.named, false);
        }
        return r;
    }

    private static void claim(Model m, String paperKey, Resource paper, Resource subject, Statement st,
                              Resource object, Function<Entity, Resource> entity) {
        String contentKey = subject.getURI() + " " + st.relation().localName() + " " + object.getURI()
                + " " + st.measure() + " " + st.evidence().begin();
        Resource c = m.createResource(Iris.node("claim", paperKey, sha256(contentKey).substring(0, 16)))
                .addProperty(RDF.type, PKG.Claim)
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, PKG.propertyOf(st.relation()))
                .addProperty(RDF.object, object)
                .addProperty(PKG.evidence, st.evidence().sentence())
                .addProperty(PKG.evidenceStart, integer(m, st.evidence().begin()))
                .addProperty(PKG.evidenceEnd, integer(m, st.evidence().end()))
                .addLiteral(PKG.evidenceInTitle, st.evidence().inTitle())
                .addProperty(PKG.confidence, decimal(m, BigDecimal.valueOf(st.confidence()).setScale(3, RoundingMode.HALF_UP)))
                .addProperty(PROV.wasDerivedFrom, paper);
        if (st.relation() == Relation.IMPROVES) {
            c.addProperty(PKG.result, result(m, paperKey, paper, subject, object, st.measure(), c, entity));
        }
    }

    private static Resource result(Model m, String paperKey, Resource paper, Resource method, Resource metric,
                                   Measure measure, Resource claim, Function<Entity, Resource> entity) {
        Resource r = m.createResource(Iris.node("result", paperKey, claim.getURI().substring(claim.getURI().lastIndexOf('/') + 1)))
                .addProperty(RDF.type, PKG.Result)
                .addProperty(PKG.method, method)
                .addProperty(PKG.metric, metric)
                .addProperty(PROV.wasDerivedFrom, paper);
        if (measure.dataset() != null) {
            r.addProperty(PKG.dataset, entity.apply(Entity.of(measure.dataset(), Kind.DATASET)));
        }
        if (measure.value() != null) {
            r.addProperty(PKG.valueText, measure.value());
            Values.decimal(measure.value()).ifPresent(v -> r.addProperty(PKG.value, decimal(m, v)));
        }
        if (measure.delta() != null) {
            r.addProperty(PKG.delta, measure.delta());
        }
        if (measure.unit() != null) {
            r.addProperty(PKG.unit, measure.unit());
        }
        return r;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, int v) {
        return m.createTypedLiteral(Integer.toString(v), XSDDatatype.XSDinteger);
    }

    private static org.apache.jena.rdf.model.Literal decimal(Model m, BigDecimal v) {
        return m.createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
