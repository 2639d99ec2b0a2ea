package org.paperkg.spark;

import org.paperkg.extract.Extractor;

/** One extractor per executor JVM: CoreNLP's models load once, not once per task. */
final class SharedExtractor {

    private static volatile Extractor instance;

    private SharedExtractor() {
    }

    static Extractor get() {
        Extractor e = instance;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                if (instance == null) {
                    instance = Extractor.create();
                }
                e = instance;
            }
        }
        return e;
    }
}
