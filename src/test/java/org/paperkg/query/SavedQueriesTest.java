package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.model.Fixtures;
import org.paperkg.model.RdfMapper;
import org.paperkg.store.PaperGraph;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreStats;

class SavedQueriesTest {

    private static PaperStore store;

    @BeforeAll
    static void storeTheDetrLineage() {
        store = PaperStore.inMemory();
        store.replacePapers(Fixtures.detrLineage().stream()
                .map(e -> new PaperGraph(e.paper().key(), RdfMapper.toModel(e))).toList());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String name, Map<String, String> params) {
        SavedQuery q = SavedQueries.find(name).orElseThrow();
        RowSetRewindable rows = QueryRunner.select(store.dataset(), q, params);
        List<Map<String, String>> out = new ArrayList<>();
        org.apache.jena.query.ResultSet rs = org.apache.jena.query.ResultSet.adapt(rows);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new java.util.TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
            out.add(row);
        }
        return out;
    }

    @Test
    void everySavedQueryHasAHeaderAndRunsWithRowsOnTheLineageGraph() {
        Map<String, Map<String, String>> examples = Map.of(
                "method-datasets", Map.of("method", "Focus-DETR"),
                "dataset-methods", Map.of("dataset", "COCO"),
                "lineage-ancestors", Map.of("method", "DINO"),
                "lineage-descendants", Map.of("method", "DETR"),
                "method-evidence", Map.of("method", "Focus-DETR"),
                "task-methods", Map.of("task", "object detection"));
        List<SavedQuery> all = SavedQueries.builtIn();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        for (SavedQuery q : all) {
            assertThat(q.title()).as(q.name()).isNotBlank().isNotEqualTo(q.name());
            assertThat(q.description()).as(q.name()).isNotBlank();
            assertThat(run(q.name(), examples.getOrDefault(q.name(), Map.of()))).as(q.name()).isNotEmpty();
        }
    }

    @Test
    void ancestorsComeWithTheirDepth() {
        assertThat(run("lineage-ancestors", Map.of("method", "dino")))
                .containsExactly(Map.of("ancestor", "Deformable DETR", "depth", "1"),
                        Map.of("ancestor", "DETR", "depth", "2"));
    }

    @Test
    void descendantsListTheDatasetsEachWasEvaluatedOn() {
        assertThat(run("lineage-descendants", Map.of("method", "DETR")))
                .extracting(r -> r.get("descendant") + "@" + r.get("depth") + ":" + r.get("datasets"))
                .containsExactly("Deformable DETR@1:COCO", "Focus-DETR@1:COCO", "DINO@2:COCO test-dev");
    }

    @Test
    void leaderboardFiltersByMetricAndOptionallyByDataset() {
        assertThat(run("leaderboard", Map.of("metric", "AP"))).extracting(r -> r.get("method"))
                .containsExactlyInAnyOrder("Focus-DETR", "DINO");
        assertThat(run("leaderboard", Map.of("metric", "AP", "dataset", "COCO")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("method")).isEqualTo("Focus-DETR");
                    assertThat(r.get("value")).isEqualTo("50.4");
                    assertThat(r.get("delta")).isEqualTo("+2.2");
                });
    }

    @Test
    void pagesOfAResultJoinUpToTheWholeResult() {
        SavedQuery methods = SavedQueries.parse("methods", """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?method WHERE { ?m a pkg:Method ; skos:prefLabel ?method } ORDER BY ?method""");
        List<String> all = labels(methods, Page.ALL);
        assertThat(all).hasSize(4);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + 3; offset += 3) {
            paged.addAll(labels(methods, Page.of(offset, 3)));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(labels(methods, Page.FIRST)).isEqualTo(all);
    }

    @Test
    void aPageIsCutFromTheRowsTheQueryItselfAnswers() {
        SavedQuery firstThree = SavedQueries.parse("first-three", """
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?method WHERE { ?m a pkg:Method ; skos:prefLabel ?method } ORDER BY ?method LIMIT 3""");
        List<String> three = labels(firstThree, Page.ALL);
        assertThat(three).hasSize(3);
        assertThat(labels(firstThree, Page.of(2, 10))).containsExactly(three.get(2));
        assertThat(labels(firstThree, Page.of(1, 1))).containsExactly(three.get(1));
        assertThat(labels(firstThree, Page.of(3, 10))).isEmpty();
        assertThatThrownBy(() -> Page.of(0, -1)).hasMessageContaining("-1");
    }

    private static List<String> labels(SavedQuery q, Page page) {
        List<String> out = new ArrayList<>();
        QueryRunner.select(store.dataset(), q, Map.of(), QueryRunner.Limits.NONE, page)
                .forEachRemaining(b -> out.add(b.get("method").getLiteralLexicalForm()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"} ; DROP ALL #", "> } UNION { ?s ?p ?o }", "DETR\" || true || \"",
            "<http://example.org/a b> <c>", "') } UNION { ?m ?p ?o } #"})
    void injectionPayloadsAreBoundAsLiteralsAndMatchNothing(String payload) {
        long before = StoreStats.of(store).triples();
        assertThat(run("method-evidence", Map.of("method", payload))).isEmpty();
        assertThat(run("leaderboard", Map.of("dataset", payload))).isEmpty();
        assertThat(run("papers-proposals", Map.of("titleWord", payload))).isEmpty();
        assertThat(StoreStats.of(store).triples()).isEqualTo(before);
    }

    @Test
    void aVeryLongParameterIsJustALongLiteral() {
        assertThat(run("method-datasets", Map.of("method", "x".repeat(100_000)))).isEmpty();
    }

    @Test
    void unknownAndMissingParametersAreClearErrors() {
        SavedQuery q = SavedQueries.find("method-datasets").orElseThrow();
        assertThatThrownBy(() -> QueryRunner.select(store.dataset(), q, Map.of("dataset", "COCO")))
                .hasMessageContaining("has no parameter 'dataset'").hasMessageContaining("method");
        assertThatThrownBy(() -> QueryRunner.select(store.dataset(), q, Map.of()))
                .hasMessageContaining("needs --param method=VALUE");
    }
}
