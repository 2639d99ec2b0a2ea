package org.paperkg.cli;

import org.paperkg.extract.Extractor;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;

/**
 * The process's one extractor, loaded on first use: a resumed ingest that finds every paper
 * stored never loads CoreNLP, and commands run in one JVM (tests) share one pipeline.
 */
final class SharedExtractor {

    private static volatile Extractor extractor;

    private SharedExtractor() {
    }

    static Extractor get() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                if (extractor == null) {
                    extractor = Extractor.create();
                }
                e = extractor;
            }
        }
        return e;
    }

    /** Extracts with the shared extractor, loading it if this is the first paper. */
    static Extraction extract(Paper paper) {
        return get().extract(paper);
    }
}
