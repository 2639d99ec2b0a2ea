package org.paperkg.bench;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.model.Entity;
import org.paperkg.model.Extraction;
import org.paperkg.model.Measure;
import org.paperkg.model.Paper;
import org.paperkg.model.Statement;
import org.paperkg.store.PaperQuads;

/**
 * Grows a graph of real extractions to any size: copy r of a seed paper has every paper and
 * entity name prefixed with "R{r} ", so each copy has the seed graph's exact shape while its
 * names (and thus its IRIs and normalised names) are its own. Copy 0 is the seeds as extracted,
 * so their names still answer queries on the large graph.
 * <pre>
 * GraphReplicator.of(extractions).writeQuads(100_000, loader.stream());
 * </pre>
 */
public final class GraphReplicator {

    private final List<Extraction> seeds;

    private GraphReplicator(List<Extraction> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    public static GraphReplicator of(List<Extraction> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed extractions to replicate");
        }
        return new GraphReplicator(seeds);
    }

    /** Hands on {@code papers} extractions: the seeds, then copy 1 of each, and so on. */
    public void forEach(long papers, Consumer<Extraction> sink) {
        if (papers < 0) {
            throw new IllegalArgumentException("papers must not be negative: " + papers);
        }
        for (long i = 0; i < papers; i++) {
            sink.accept(copy(seeds.get((int) (i % seeds.size())), (int) (i / seeds.size())));
        }
    }

    /** Writes {@code papers} paper graphs as quads, one named graph per paper as ingest stores them. */
    public void writeQuads(long papers, StreamRDF out) {
        forEach(papers, extraction -> PaperQuads.send(extraction, out));
    }

    /** Copy {@code replica} of an extraction; copy 0 is the extraction itself. */
    public static Extraction copy(Extraction e, int replica) {
        if (replica == 0) {
            return e;
        }
        String prefix = "R" + replica + " ";
        Paper p = e.paper();
        Paper paper = new Paper(p.id() == null ? null : prefix.strip() + "-" + p.id(), prefix + p.title(),
                p.abstractText(), p.authors(), p.date(), p.url(), p.categories(), p.source());
        List<Statement> statements = e.statements().stream().map(s -> new Statement(
                s.subject() == null ? null : rename(s.subject(), prefix), s.relation(), rename(s.object(), prefix),
                rename(s.measure(), prefix), s.evidence(), s.confidence())).toList();
        return new Extraction(paper, statements);
    }

    private static Entity rename(Entity e, String prefix) {
        return new Entity(prefix + e.name(), e.kind(), e.aliases().stream().map(a -> prefix + a).toList(), e.named());
    }

    private static Measure rename(Measure m, String prefix) {
        return m.dataset() == null ? m : new Measure(m.value(), m.delta(), m.unit(), prefix + m.dataset());
    }
}
