package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
