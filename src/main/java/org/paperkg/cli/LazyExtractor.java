package org.paperkg.cli;

import java.util.function.Function;
import java.util.function.Supplier;

import org.paperkg.extract.Extractor;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;

/** Loads CoreNLP only when a paper actually needs extracting (a resumed ingest may need none). */
final class LazyExtractor implements Function<Paper, Extraction> {

    private final Supplier<Extractor> factory;
    private volatile Extractor extractor;

    LazyExtractor(Supplier<Extractor> factory) {
        this.factory = factory;
    }

    @Override
    public Extraction apply(Paper paper) {
        Extractor e = extractor;
        if (e == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = factory.get();
                }
                e = extractor;
            }
        }
        return e.extract(paper);
    }
}
