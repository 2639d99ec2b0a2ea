package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.extract.ImprovementFinder.Claim;
import org.paperkg.model.Measure;

/**
 * Metrics a sentence lists after a comparison, named or not: "excelling in terms of both
 * designability (67.04% vs. 53.58%) and diversity". Part of {@link ImprovementFinder}.
 */
final class QualityList {

    private QualityList() {
    }

    /** Fields of work a model is compared in, which no metric measures by that name. */
    private static final Pattern FIELD = Pattern.compile(
            "(?i)(?:mathematics|maths?|coding|code|reasoning|science|medicine|law|finance|chemistry|physics|biology|knowledge)");

    /**
     * Qualities listed after a comparison: "excelling in terms of both designability (67.04% vs. 53.58%)
     * and diversity", "outperforming ... in key aspects like correctness and temporal understanding".
     * Only lists of two or more short noun phrases count, so "outperforms X on COCO" names no metric.
     */
    static void read(Sentence s, String text, String dataset, List<Claim> claims) {
        Matcher m = ASPECTS.matcher(text);
        while (m.find()) {
            List<int[]> items = nounPhraseList(s, m.end());
            // "improves response quality in summarization and single-turn dialogue": after a named quality, "in" says where
            if (items.size() < 2 || QUALITY_THEN_IN.matcher(m.group()).find()) {
                continue;
            }
            for (int[] item : items) {
                String metric = text.substring(item[0], item[1]);
                if (claims.stream().anyMatch(c -> NameMatch.same(c.metric(), metric) || c.begin() >= item[0] && c.begin() < item[1])) {
                    continue;
                }
                Matcher vs = ImprovementFinder.VERSUS.matcher(text.substring(item[1]));
                String value = vs.find() ? vs.group(1) + (vs.group(2) != null ? "%" : "") : null;
                if (value == null && metric.endsWith("quality")) {
                    // "improvements in both speech reconstruction quality and speaker similarity": a quality with no number is no metric
                    continue;
                }
                if (value == null && FIELD.matcher(metric).matches()) {
                    // "outperforms Llama 1 34B in reasoning, mathematics, and code generation": fields of work, not qualities
                    continue;
                }
                claims.add(new Claim(metric, metric, new Measure(value, null, value != null && value.endsWith("%") ? "%" : null, dataset),
                        value != null ? Rule.METRIC_WITH_VALUE : Rule.OPEN_METRIC, item[0]));
            }
        }
    }

    /** Spans of "A (..), B and C": each one to three lower-case words ending in a noun; empty unless the list closes. */
    private static List<int[]> nounPhraseList(Sentence s, int from) {
        List<int[]> items = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = s.tokenAt(from);
        while (i < tokens.size()) {
            int start = i;
            i = aspectEnd(tokens, start);
            if (i < 0) {
                return List.of();
            }
            items.add(new int[]{tokens.get(start).begin() - s.begin(), tokens.get(i - 1).end() - s.begin()});
            if (i < tokens.size() && tokens.get(i).word().matches("\\(|-LRB-")) {
                while (i < tokens.size() && !tokens.get(i).word().matches("\\)|-RRB-")) {
                    i++;
                }
                i++;
            }
            boolean comma = i < tokens.size() && tokens.get(i).word().equals(",");
            i += comma ? 1 : 0;
            if (i < tokens.size() && tokens.get(i).word().equals("and")) {
                int last = i + 1;
                int end = aspectEnd(tokens, last);
                if (end < 0) {
                    return List.of();
                }
                items.add(new int[]{tokens.get(last).begin() - s.begin(), tokens.get(end - 1).end() - s.begin()});
                return items;
            }
            if (!comma) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The end of a one-to-three-word quality phrase starting at a token, or -1 when none starts there. */
    private static int aspectEnd(List<Token> tokens, int start) {
        int i = start;
        while (i < tokens.size() && i - start < 3 && isAspectWord(tokens.get(i))) {
            i++;
        }
        boolean ok = i > start && tokens.get(i - 1).isNoun() && !NOT_ASPECT.contains(tokens.get(i - 1).lemma())
                && !(i < tokens.size() && isAspectWord(tokens.get(i)));
        return ok ? i : -1;
    }

    private static boolean isAspectWord(Token t) {
        return t.word().matches("\\p{Ll}[\\p{Ll}\\-]*") && (t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBG"));
    }

    private static final Pattern QUALITY_THEN_IN = Pattern.compile(
            "\\b(?:quality|accuracy|performance|scores?|rates?|efficiency|results?)\\s+in\\s+(?:both\\s+|the\\s+)?$");
    private static final Pattern ASPECTS = Pattern.compile(
            "\\b(?:outperform\\w*|surpass\\w*|excel\\w*|superior\\w*|better|advantages?|effectiveness|improv\\w*|gains?|beat\\w*)\\b"
                    // not across a setting: "outperforms the alternative of training the system on questions and ..."
                    + "(?:(?!\\btrain\\w*\\b|\\busing\\b)[^.;]){0,80}?\\b(?:in terms of|in|on|regarding|with respect to|such as|like)\\s+"
                    + "(?:both\\s+|key\\s+aspects\\s+(?:like|such as)\\s+|the\\s+)?");
    /** Heads that name no measurable quality: "on tasks and benchmarks". */
    private static final Set<String> NOT_ASPECT = Set.of("performance", "result", "task", "benchmark", "setting", "dataset",
            "term", "case", "scenario", "model", "method", "domain", "language", "modality", "image", "video", "datum", "data",
            "experiment", "application", "way", "aspect", "area", "field", "problem", "baseline", "architecture", "size", "scale",
            // phases in which a method is compared, not qualities: "both in pretraining and downstream evaluation"
            "pretraining", "pre-training", "training", "fine-tuning", "finetuning", "inference", "evaluation", "learning", "testing");
}
