package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Names;
import org.paperkg.model.PKG;
import org.paperkg.query.Page;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;

/**
 * The listing queries that stream in sort-key order (papers-proposals, leaderboard, outperforms)
 * answer the rows the queries that sorted every row answered (kept in test resources), in their
 * ORDER BY, on the real seed graph; their pages add up to all rows; and the keys stay right when
 * papers are stored again with other titles or statements.
 */
class ListingOrderTest {

    private static final String SORTING = "paperkg/sorting-everything/";

    /** Each listing query with the variables of its ORDER BY and the parameter sets to check. */
    private record Listing(String name, List<String> orderBy, List<Map<String, String>> params) {
    }

    private static final List<Listing> LISTINGS = List.of(
            new Listing("papers-proposals", List.of("title", "proposed"),
                    List.of(Map.of(), Map.of("titleWord", "detection"), Map.of("titleWord", "Transformers"))),
            new Listing("leaderboard", List.of("metricName", "datasetName", "value"),
                    List.of(Map.of(), Map.of("dataset", "COCO"), Map.of("metric", "AP"),
                            Map.of("dataset", "COCO", "metric", "AP"), Map.of("dataset", "ImageNet"))),
            new Listing("outperforms", List.of("winner", "baseline"),
                    List.of(Map.of(), Map.of("method", "Transformer"), Map.of("method", "DualCodec"))));

    private static PaperStore seeds;

    @BeforeAll
    static void ingestTheSeeds() throws java.io.IOException {
        assumeTrue(SeedGraph.available(), "needs ../shared/seeds");
        seeds = SeedGraph.ingest(p -> { });
    }

    @AfterAll
    static void close() {
        if (seeds != null) {
            seeds.close();
        }
    }

    @Test
    void listingsAnswerTheRowsOfTheQueriesThatSortedEveryRowInTheSameOrder() {
        assertAnswersAsSortingEverything(seeds);
    }

    @Test
    void pagesAddUpToAllRowsWithoutGapsOrRepeats() {
        for (Listing listing : LISTINGS) {
            SavedQuery query = SavedQueries.find(listing.name()).orElseThrow();
            for (Map<String, String> params : listing.params()) {
                List<Map<String, String>> all = SeedGraph.rows(seeds, query, params, Page.ALL);
                for (int size : new int[] {1, 7, 100}) {
                    List<Map<String, String>> paged = new ArrayList<>();
                    for (long offset = 0; ; offset += size) {
                        List<Map<String, String>> page = SeedGraph.rows(seeds, query, params, Page.of(offset, size));
                        paged.addAll(page);
                        if (page.size() < size) {
                            break;
                        }
                    }
                    assertThat(paged).as("%s %s in pages of %d", listing.name(), params, size).isEqualTo(all);
                }
            }
        }
    }

    @Test
    void keysFollowPapersStoredAgainWithOtherTitlesAndStatements() {
        try (PaperStore store = PaperStore.inMemory()) {
            List<PaperGraph> graphs = SeedGraph.paperGraphs(seeds);
            store.replacePapers(graphs);
            List<PaperGraph> changed = new ArrayList<>();
            for (int i = 0; i < graphs.size(); i += 5) {
                Model m = ModelFactory.createDefaultModel().add(graphs.get(i).model());
                var paper = m.listSubjectsWithProperty(DCTerms.title).next();
                String title = m.getProperty(paper, DCTerms.title).getString();
                m.removeAll(paper, DCTerms.title, null).add(paper, DCTerms.title, "Zz " + title.substring(title.length() / 2));
                if (i % 10 == 0) {
                    m.removeAll(null, PKG.outperforms, null).removeAll(null, PKG.metric, null);
                }
                changed.add(new PaperGraph(graphs.get(i).paperKey(), m));
            }
            store.replacePapers(changed);
            store.replacePapers(graphs.subList(0, 40));
            assertAnswersAsSortingEverything(store);
        }
    }

    @Test
    void titleWordsAreWholeWordsWithCaseAndPluralIgnored() {
        assertThat(ListingKeys.words("DETR-based Object Detections: a Study"))
                .containsExactlyInAnyOrder("detr", "based", "object", "detection", "a", "study");
        assertThat(ListingKeys.words("Transformers")).containsExactly(Names.entityKey("transformer"));
    }

    private static void assertAnswersAsSortingEverything(PaperStore store) {
        for (Listing listing : LISTINGS) {
            SavedQuery streaming = SavedQueries.find(listing.name()).orElseThrow();
            SavedQuery sorting = SavedQueries.parse(listing.name(), SeedGraph.resource(SORTING + listing.name() + ".rq"));
            for (Map<String, String> params : listing.params()) {
                List<Map<String, String>> expected;
                if (params.containsKey("titleWord")) {
                    // The sorting query matched any part of the title; a title word matches a whole word.
                    String word = Names.entityKey(params.get("titleWord"));
                    expected = SeedGraph.rows(store, sorting, Map.of(), Page.ALL).stream()
                            .filter(r -> ListingKeys.words(r.get("title")).contains(word)).toList();
                } else {
                    expected = SeedGraph.rows(store, sorting, params, Page.ALL);
                }
                List<Map<String, String>> actual = SeedGraph.rows(store, streaming, params, Page.ALL);
                assertThat(actual).as("%s %s", listing.name(), params).isNotEmpty()
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(sortKeys(actual, listing)).as("%s %s order", listing.name(), params)
                        .isEqualTo(sortKeys(expected, listing));
            }
        }
    }

    private static List<List<String>> sortKeys(List<Map<String, String>> rows, Listing listing) {
        return rows.stream().map(r -> listing.orderBy().stream().map(v -> String.valueOf(r.get(v))).toList()).toList();
    }
}
