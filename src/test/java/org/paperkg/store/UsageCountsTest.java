package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Iris;
import org.paperkg.model.PKG;
import org.paperkg.model.Paper;
import org.paperkg.model.RdfMapper;
import org.paperkg.query.SavedQueries;

/**
 * The counts the store keeps answer top-datasets and top-metrics exactly as the queries that
 * aggregated the whole graph did (kept in test resources), on the real seed graph, and stay exact
 * when papers are stored again or lose their statements.
 */
class UsageCountsTest {

    private static final String AGGREGATING = "paperkg/aggregating/";

    private static PaperStore seeds;
    private static final Map<String, Paper> papers = new LinkedHashMap<>();

    @BeforeAll
    static void ingestTheSeeds() throws IOException {
        assumeTrue(SeedGraph.available(), "needs ../shared/seeds");
        seeds = SeedGraph.ingest(p -> papers.putIfAbsent(p.key(), p));
    }

    @AfterAll
    static void close() {
        if (seeds != null) {
            seeds.close();
        }
    }

    @Test
    void topQueriesReadingCountsAnswerWhatTheAggregatingQueriesAnsweredOnTheSeedGraph() {
        for (String name : List.of("top-datasets", "top-metrics")) {
            List<Map<String, String>> counted = rows(seeds, SavedQueries.find(name).orElseThrow().text());
            assertThat(counted).as(name).hasSize(50).isEqualTo(rows(seeds, aggregating(name)));
        }
    }

    @Test
    void everyEntitysCountsEqualTheAggregationNotJustTheTop50() {
        assertThat(rows(seeds, unlimited(aggregating("top-datasets"))))
                .containsExactlyInAnyOrderElementsOf(rows(seeds, """
                        PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        SELECT ?dataset ?papers ?evaluations WHERE {
                          GRAPH <urn:x-arq:DefaultGraph> { ?d pkg:paperCount ?papers ; pkg:evaluationPaperCount ?evaluations }
                          ?d skos:prefLabel ?dataset }"""))
                .hasSizeGreaterThan(50);
        assertThat(rows(seeds, unlimited(aggregating("top-metrics"))))
                .containsExactlyInAnyOrderElementsOf(rows(seeds, """
                        PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        SELECT ?metric ?methods ?withValues WHERE {
                          GRAPH <urn:x-arq:DefaultGraph> { ?x pkg:improvingMethodCount ?methods ; pkg:valuedResultCount ?withValues }
                          ?x skos:prefLabel ?metric }"""))
                .hasSizeGreaterThan(50);
    }

    @Test
    void storingPapersAgainCountsThemOnceAndPapersThatLoseTheirStatementsAreUncounted() {
        try (PaperStore store = PaperStore.inMemory()) {
            List<PaperGraph> graphs = paperGraphs(seeds);
            store.replacePapers(graphs);
            Set<Quad> counts = counts(store);
            assertThat(counts).isEqualTo(counts(seeds)).isNotEmpty();

            store.replacePapers(graphs.subList(0, 100));
            store.replacePapers(graphs.subList(50, 150));
            assertThat(counts(store)).as("after storing 150 papers again").isEqualTo(counts);

            List<PaperGraph> emptied = graphs.stream()
                    .filter(g -> g.model().contains(null, PKG.evaluatedOn) || g.model().contains(null, PKG.improves))
                    .limit(40)
                    .map(g -> new PaperGraph(g.paperKey(),
                            RdfMapper.toModel(new Extraction(papers.get(g.paperKey()), List.of()))))
                    .toList();
            assertThat(emptied).hasSize(40);
            store.replacePapers(emptied);

            assertThat(counts(store)).as("counts changed by the emptied papers").isNotEqualTo(counts)
                    .isEqualTo(rebuilt(store));
            for (String name : List.of("top-datasets", "top-metrics")) {
                assertThat(rows(store, SavedQueries.find(name).orElseThrow().text())).as(name)
                        .isEqualTo(rows(store, aggregating(name)));
            }
        }
    }

    @Test
    void aBulkLoadAndAStoreOpenedWithoutCountsAreCountedInFull(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path bulk = dir.resolve("bulk");
        try (PaperStore store = PaperStore.open(bulk)) {
            BulkLoader.loadQuads(store, out -> paperGraphs(seeds).forEach(g -> {
                Node graph = org.apache.jena.graph.NodeFactory.createURI(Iris.paperGraph(g.paperKey()));
                g.model().getGraph().find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
            }), BulkLoader.QUIET);
            assertThat(counts(store)).isEqualTo(counts(seeds));
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().deleteAny(UsageCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        }
        try (PaperStore reopened = PaperStore.open(bulk)) {
            assertThat(counts(reopened)).isEqualTo(counts(seeds));
        }
    }

    /** The count quads of a store. */
    static Set<Quad> counts(PaperStore store) {
        return Txn.calculateRead(store.dataset(),
                () -> org.apache.jena.atlas.iterator.Iter.toSet(store.datasetGraph().find(UsageCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The counts recomputed from scratch over a copy of the store's paper graphs. */
    private static Set<Quad> rebuilt(PaperStore store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(copy::add));
        UsageCounts.rebuild(copy);
        return org.apache.jena.atlas.iterator.Iter.toSet(copy.find(UsageCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }

    private static List<PaperGraph> paperGraphs(PaperStore store) {
        List<PaperGraph> out = SeedGraph.paperGraphs(store);
        assertThat(papers.keySet()).containsAll(out.stream().map(PaperGraph::paperKey).toList());
        return out;
    }

    private static String aggregating(String name) {
        return SeedGraph.resource(AGGREGATING + name + ".rq");
    }

    private static String unlimited(String text) {
        Query q = QueryFactory.create(text);
        q.setLimit(Query.NOLIMIT);
        return q.serialize();
    }

    private static List<Map<String, String>> rows(PaperStore store, String text) {
        return SeedGraph.rows(store, SavedQueries.parse("q", text), Map.of(), org.paperkg.query.Page.ALL);
    }
}
