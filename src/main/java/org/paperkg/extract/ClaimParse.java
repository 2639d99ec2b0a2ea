package org.paperkg.extract;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Reads the grammatical subject of a claim word ("achieves", "outperforms", "lower") from a dependency parse. */
final class ClaimParse {

    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubjpass", "nsubj:pass", "csubj");
    private static final Set<String> UP = Set.of("xcomp", "advcl", "conj", "acl", "acl:relcl", "amod", "dobj", "obj",
            "nmod", "obl", "ccomp", "dep", "advmod", "parataxis");

    private ClaimParse() {
    }

    /**
     * The words of the subject that governs the word starting at a character offset of the
     * sentence, walking up through clauses until a subject is found; null when there is none.
     */
    static String subjectOf(SemanticGraph graph, Sentence s, int offsetInSentence) {
        if (graph == null) {
            return null;
        }
        int abs = s.begin() + offsetInSentence;
        IndexedWord word = null;
        for (IndexedWord w : graph.vertexSet()) {
            if (w.beginPosition() <= abs && abs < w.endPosition()) {
                word = w;
                break;
            }
        }
        for (int hops = 0; word != null && hops < 6; hops++) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(word)) {
                if (SUBJECT.contains(e.getRelation().toString())) {
                    return phrase(graph, e.getDependent(), s);
                }
            }
            List<SemanticGraphEdge> in = graph.incomingEdgeList(word);
            if (in.isEmpty() || !UP.contains(in.get(0).getRelation().toString())) {
                return null;
            }
            word = in.get(0).getGovernor();
        }
        return null;
    }

    private static String phrase(SemanticGraph graph, IndexedWord head, Sentence s) {
        int begin = head.beginPosition();
        int end = head.endPosition();
        for (IndexedWord w : graph.descendants(head)) {
            begin = Math.min(begin, w.beginPosition());
            end = Math.max(end, w.endPosition());
        }
        return s.text().substring(begin - s.begin(), end - s.begin());
    }
}
