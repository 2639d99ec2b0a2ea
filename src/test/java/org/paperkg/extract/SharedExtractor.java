package org.paperkg.extract;

/** One extractor per test JVM: building the CoreNLP pipeline takes seconds. */
final class SharedExtractor {

    private static Extractor instance;

    private SharedExtractor() {
    }

    static synchronized Extractor get() {
        if (instance == null) {
            instance = Extractor.create();
        }
        return instance;
    }
}
