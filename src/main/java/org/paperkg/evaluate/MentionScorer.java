package org.paperkg.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.model.Entity;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

/**
 * Scores what the extractor recognises in annotated sentences: per type (dataset, metric, task),
 * every entity the extraction mentions against the spans the annotators marked, one to one, with
 * the name matching of {@code score.py} (an alias counts as the name). A span's generic head goes
 * first: TDMSci marks "FrameNet corpus" where the graph, like the gold guidelines, names FrameNet.
 */
public final class MentionScorer {

    /** The types scored, as TDMSci names them, and the kind of entity each is. */
    private static final Map<String, Kind> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("DATASET", Kind.DATASET);
        TYPES.put("METRIC", Kind.METRIC);
        TYPES.put("TASK", Kind.TASK);
    }

    /** "corpus", "data set", "benchmark" closing a dataset span: what kind of thing it is, not its name. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "(?i)\\s+(?:(?:corpus|corpora|datasets?|data\\s*sets?|data|benchmarks?|collections?)\\s*)+$");

    /** A missed span or a mention with no span, for reading the errors. */
    public record Error(String type, String source, String name, boolean missed) {
    }

    /** Figures per type the data annotates, in {@link #TYPES} order, and every error. */
    public record Result(Map<String, Figures> figures, List<Error> errors) {
    }

    private MentionScorer() {
    }

    /** Scores {@code extractions.get(i)} against {@code sentences.get(i)}. */
    public static Result score(List<TaggedSentence> sentences, List<Extraction> extractions) {
        if (sentences.size() != extractions.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + extractions.size() + " extractions");
        }
        // only the types the data annotates: SciERC marks no datasets, so dataset mentions there are neither right nor wrong
        Set<String> annotated = new HashSet<>();
        sentences.forEach(s -> s.gold().forEach(m -> annotated.add(m.type())));
        Map<String, int[]> tallies = new LinkedHashMap<>();
        List<Error> errors = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            TaggedSentence s = sentences.get(i);
            for (Map.Entry<String, Kind> type : TYPES.entrySet()) {
                if (!annotated.contains(type.getKey())) {
                    continue;
                }
                List<String> gold = new ArrayList<>();
                s.gold().stream().filter(m -> m.type().equals(type.getKey()))
                        .forEach(m -> gold.add(GENERIC_HEAD.matcher(m.text()).replaceFirst("")));
                List<Entity> found = mentioned(extractions.get(i), type.getValue());
                int[] t = tallies.computeIfAbsent(type.getKey(), k -> new int[3]);
                for (Entity e : found) {
                    int match = firstMatch(gold, e);
                    if (match >= 0) {
                        gold.remove(match);
                        t[0]++;
                    } else {
                        t[1]++;
                        errors.add(new Error(type.getKey(), s.source(), e.name(), false));
                    }
                }
                t[2] += gold.size();
                gold.forEach(g -> errors.add(new Error(type.getKey(), s.source(), g, true)));
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        tallies.forEach((type, t) -> figures.put(type.toLowerCase(Locale.ROOT), new Figures(t[0], t[1], t[2])));
        return new Result(figures, errors);
    }

    /** The distinct entities of one kind the extraction mentions. */
    private static List<Entity> mentioned(Extraction e, Kind kind) {
        List<Entity> out = new ArrayList<>();
        for (Statement st : e.statements()) {
            if (st.relation() == Relation.MENTIONS && st.object().kind() == kind
                    && out.stream().noneMatch(x -> x.name().equals(st.object().name()))) {
                out.add(st.object());
            }
        }
        return out;
    }

    private static int firstMatch(List<String> gold, Entity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(0, e.name());
        for (int g = 0; g < gold.size(); g++) {
            if (Scorer.matches(gold.get(g), names)) {
                return g;
            }
        }
        return -1;
    }
}
