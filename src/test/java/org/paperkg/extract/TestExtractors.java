package org.paperkg.extract;

/** One extractor per test JVM: building the CoreNLP pipeline takes seconds. */
public final class TestExtractors {

    private static Extractor instance;

    private TestExtractors() {
    }

    public static synchronized Extractor shared() {
        if (instance == null) {
            instance = Extractor.create();
        }
        return instance;
    }
}
