package org.paperkg.extract;

import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * A plain CoreNLP pipeline with a given annotator set, the yardstick the benchmark measures the
 * extractor against (the extractor itself runs only the annotators it needs).
 */
public final class BaselineParser {

    /** The full parse an extractor built the obvious way would run. */
    public static final String FULL = "tokenize,ssplit,pos,lemma,depparse";

    private final StanfordCoreNLP pipeline;

    private BaselineParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models of {@code annotators} (comma-separated CoreNLP annotator names). */
    public static BaselineParser create(String annotators) {
        if (annotators == null || annotators.isBlank()) {
            throw new IllegalArgumentException("no annotators given: '" + annotators + "'");
        }
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("threads", "1");
        return new BaselineParser(new StanfordCoreNLP(props));
    }

    /** Annotates a text and returns its number of sentences. */
    public int parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
