package org.paperkg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class VocabularyMatchesOntologyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("ontology/paperkg.ttl").toString());

    @Test
    void everyJavaConstantIsDeclaredInTheOntologyAndViceVersa() {
        Set<String> java = Arrays.stream(PKG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(PKG::uriOf)
                .collect(Collectors.toSet());
        Set<String> declared = ONTOLOGY.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(uri -> uri.startsWith(PKG.NAMESPACE))
                .collect(Collectors.toSet());
        assertThat(java).isNotEmpty().containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyRelationHasAnOntologyProperty() {
        for (Relation r : Relation.values()) {
            assertThat(ONTOLOGY.containsResource(PKG.propertyOf(r))).as(r.name()).isTrue();
            assertThat(PKG.propertyOf(r).getLocalName()).isEqualTo(r.localName());
        }
    }
}
