package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * Splits and tags text with CoreNLP (tokenize, ssplit, pos, lemma) and parses single sentences on
 * demand: the dependency parse is the expensive part, so only sentences that carry a claim get one.
 */
final class TextAnalyzer {

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP parser;

    private TextAnalyzer(StanfordCoreNLP pipeline, StanfordCoreNLP parser) {
        this.pipeline = pipeline;
        this.parser = parser;
    }

    static TextAnalyzer create() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        return new TextAnalyzer(new StanfordCoreNLP(props), new StanfordCoreNLP(parse));
    }

    /** The basic dependencies of one abstract sentence, parsed the first time they are asked for. */
    SemanticGraph dependencies(Sentence sentence) {
        CoreMap map = sentence.annotation();
        SemanticGraph graph = map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            Annotation one = new Annotation(sentence.text());
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(map));
            one.set(CoreAnnotations.TokensAnnotation.class, map.get(CoreAnnotations.TokensAnnotation.class));
            parser.annotate(one);
            graph = map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        return graph;
    }

    /** The sentences of a text; {@code inTitle} marks a title, which is kept as one sentence. */
    List<Sentence> sentences(String text, boolean inTitle) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (inTitle) {
            List<Token> all = new ArrayList<>();
            for (CoreMap map : maps) {
                all.addAll(tokens(map));
            }
            out.add(new Sentence(text, 0, true, all, -1, maps.isEmpty() ? null : maps.get(0)));
            return out;
        }
        for (CoreMap map : maps) {
            int begin = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(text.substring(begin, end), begin, false, tokens(map), out.size(), map));
        }
        return out;
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(label.originalText(), label.tag(), label.lemma(),
                    label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }
}
