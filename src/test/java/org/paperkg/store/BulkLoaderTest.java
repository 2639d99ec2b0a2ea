package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Extraction;
import org.paperkg.model.Fixtures;
import org.paperkg.model.RdfMapper;

class BulkLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadingShardsBuildsTheGraphThatIngestBuilds() throws IOException {
        List<Extraction> papers = Fixtures.detrLineage();
        Path shard = shard("part-0.nq", papers);
        try (PaperStore ingested = PaperStore.open(dir.resolve("ingested"));
             PaperStore loaded = PaperStore.open(dir.resolve("loaded"))) {
            ingested.replacePapers(papers.stream().map(e -> new PaperGraph(e.paper().key(), RdfMapper.toModel(e))).toList());
            BulkLoader.LoadCounts counts = BulkLoader.loadShards(loaded, List.of(shard), BulkLoader.QUIET);

            assertThat(counts.graphs()).isEqualTo(3);
            assertThat(counts.replaced()).isZero();
            assertThat(isomorphic(ingested, loaded)).isTrue();
        }
    }

    @Test
    void loadingAPaperAgainReplacesItsGraph() throws IOException {
        Extraction focus = Fixtures.detrLineage().get(0);
        Extraction shorter = new Extraction(focus.paper(), focus.statements().subList(0, 1));
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            BulkLoader.loadShards(store, List.of(shard("a.nq", List.of(focus))), BulkLoader.QUIET);
            BulkLoader.LoadCounts again = BulkLoader.loadShards(store, List.of(shard("b.nq", List.of(shorter))),
                    BulkLoader.QUIET);

            assertThat(again.replaced()).isEqualTo(1);
            assertThat(StoreStats.of(store).statements()).isEqualTo(1);
            assertThat(StoreStats.of(store).papers()).isEqualTo(1);
        }
    }

    @Test
    void aNewStoreIsBulkLoadedIntoPlaceWithTheGraphIngestBuilds() throws IOException {
        List<Extraction> papers = Fixtures.detrLineage();
        Path db = dir.resolve("new");
        assertThat(BulkLoader.isNewStore(db)).isTrue();
        BulkLoader.LoadCounts counts = BulkLoader.loadShardsIntoNewStore(db,
                List.of(shard("part-0.nq", papers.subList(0, 1)), shard("part-1.nq", papers.subList(1, papers.size()))),
                BulkLoader.QUIET);

        assertThat(counts.graphs()).isEqualTo(papers.size());
        assertThat(BulkLoader.isNewStore(db)).isFalse();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("loading"));
        }
        try (PaperStore ingested = PaperStore.open(dir.resolve("ingested"));
             PaperStore loaded = PaperStore.openExisting(db)) {
            ingested.replacePapers(papers.stream().map(e -> new PaperGraph(e.paper().key(), RdfMapper.toModel(e))).toList());
            assertThat(isomorphic(ingested, loaded)).as("same paper graphs and usage counts").isTrue();
        }
    }

    @Test
    void aFailedBulkLoadLeavesNoStoreBehind() throws IOException {
        Path good = shard("part-0.nq", Fixtures.detrLineage());
        Path bad = Files.writeString(dir.resolve("part-1.nq"), "<a> <b> \"unterminated .\n");
        Path db = dir.resolve("new");

        assertThatThrownBy(() -> BulkLoader.loadShardsIntoNewStore(db, List.of(good, bad), BulkLoader.QUIET))
                .hasMessageContaining("part-1.nq");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("part-0.nq", "part-1.nq");
        }
    }

    private Path shard(String name, List<Extraction> papers) throws IOException {
        StringBuilder text = new StringBuilder();
        papers.forEach(e -> text.append(PaperQuads.toNQuads(e)));
        return Files.writeString(dir.resolve(name), text);
    }

    private static boolean isomorphic(PaperStore a, PaperStore b) {
        return Txn.calculateRead(a.dataset(), () -> Txn.calculateRead(b.dataset(),
                () -> IsoMatcher.isomorphic(a.datasetGraph(), b.datasetGraph())));
    }
}
