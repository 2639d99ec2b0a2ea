package org.paperkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.extract.ImprovementFinder.Claim;
import org.paperkg.model.Measure;

/**
 * Quantities a sentence says were changed, named or not: "improves R10@1 by 2.9%", "a higher
 * controllability by ~33.5%", "saving up to 45% of development time", "improves the modularity and
 * explicitness of ...", "faster encoding and decoding speeds", "a GLUE (dev) score of 79.6", "4x less GPUs".
 * Part of {@link ImprovementFinder}.
 */
final class StatedChange {

    private StatedChange() {
    }

    /** Adds the claims the sentence states this way, unless one of {@code claims} already names the metric. */
    static void read(String text, String dataset, List<Claim> claims) {
        changedBy(text, dataset, claims);
        Matcher saved = SAVED_OF.matcher(text);
        while (saved.find()) {
            add(claims, saved.group(2), saved.start(2), saved.end(), new Measure(null, ImprovementFinder.factor(saved.group(1)), null, dataset));
        }
        Matcher pair = IMPROVED_PAIR.matcher(text);
        while (pair.find()) {
            if (!NOT_CHANGED.matcher(pair.group(1)).find() && !NOT_CHANGED.matcher(pair.group(2)).find()) {
                add(claims, pair.group(1), pair.start(1), pair.end(1), new Measure(null, null, null, dataset));
                add(claims, pair.group(2), pair.start(2), pair.end(2), new Measure(null, null, null, dataset));
            }
        }
        Matcher shared = SHARED_HEAD.matcher(text);
        while (shared.find()) {
            String head = shared.group(3).toLowerCase(java.util.Locale.ROOT);
            add(claims, shared.group(1) + " " + head, shared.start(1), shared.end(1), new Measure(null, null, null, dataset));
            add(claims, shared.group(2) + " " + head, shared.start(2), shared.end(), new Measure(null, null, null, dataset));
        }
        Matcher less = FACTOR_LESS.matcher(text);
        while (less.find()) {
            add(claims, less.group(2), less.start(2), less.end(2), new Measure(null, ImprovementFinder.factor(less.group(1)), null, dataset));
        }
        Matcher score = NAMED_SCORE.matcher(text);
        while (score.find()) {
            add(claims, score.group(1) + " score", score.start(1), score.end(), new Measure(score.group(2), null, null, dataset));
        }
    }

    private static void add(List<Claim> claims, String metric, int begin, int end, Measure measure) {
        if (NOT_CHANGED.matcher(metric).find()
                || claims.stream().anyMatch(c -> NameMatch.same(c.metric(), metric) || c.begin() >= begin && c.begin() < end)) {
            return;
        }
        Rule rule = measure.value() != null ? Rule.METRIC_WITH_VALUE : measure.delta() != null ? Rule.METRIC_WITH_DELTA : Rule.OPEN_METRIC;
        claims.add(new Claim(metric, metric, measure, rule, begin));
    }

    /**
     * A quantity the sentence changes by a stated amount is a metric even when no list names it:
     * "improves R10@1 by 2.9%", "reduces the peak memory usage by 40%".
     */
    private static void changedBy(String text, String dataset, List<Claim> claims) {
        Matcher m = CHANGED_BY.matcher(text);
        while (m.find()) {
            if (!m.group(1).matches("(?i).*\\b(?:by|and|or|with|to|in|on|than)\\b.*")) {
                String delta = ImprovementFinder.factor(m.group(2));
                add(claims, m.group(1), m.start(1), m.end(), new Measure(null, delta, delta.endsWith("x") ? "x" : null, dataset));
            }
        }
    }

    private static final Pattern CHANGED_BY = Pattern.compile(
            "\\b(?:(?:improv|boost|increas|rais|reduc|lower|decreas|cut|shrink|enhanc)\\w*|higher|greater|better)\\s+(?:the\\s+|its\\s+|their\\s+|overall\\s+)?"
                    + "((?:[\\p{L}][\\p{L}\\p{N}@\\-]*\\s+){0,2}[\\p{L}][\\p{L}\\p{N}@\\-]*)"
                    + "\\s+(?:of\\s+[^,.;]{1,30}?\\s+)?by\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+|around\\s+|approximately\\s+|an average of\\s+|more than\\s+|a factor of\\s+|~\\s*)?"
                    + "(" + ImprovementFinder.NUM + "\\s*(?:%|x|\u00d7|times|points?|pp|dB)?)(?![\\p{L}\\p{N}])");
    /** What a sentence may improve by an amount that is no metric: "improves performance by 2%", "reduces it by half". */
    private static final Pattern NOT_CHANGED = Pattern.compile(
            "(?i)(?:^|\\s)(?:performance|results?|it|them|this|that|these|model|models|baselines?|state-of-the-art|sota|methods?|"
                    + "quality|efficiency|capabilit(?:y|ies)|abilit(?:y|ies))$|^(?:it|them|this|our|the|a|an)\\b");

    private static final String WORD = "\\p{Ll}[\\p{Ll}\\-]+";
    private static final String NOT_NOUN = "(?!(?:in|for|than|with|and|or|on|at|while|to|of|the|a|an|per|as|compared)\\b)";
    /** "using 4x less GPUs", "in 2x shorter wall time": a quantity cut by a stated factor. */
    private static final Pattern FACTOR_LESS = Pattern.compile(
            "(?<![\\w.])(" + ImprovementFinder.NUM + "\\s*(?:x|\u00d7|times|%))\\s+(?:less|fewer|shorter|smaller|lower)\\s+"
                    + "(" + NOT_NOUN + "(?:[\\p{L}][\\p{L}\\-]*\\s+" + NOT_NOUN + ")?[\\p{L}][\\p{L}\\-]*)");
    /** "saving up to 45% of development time". */
    private static final Pattern SAVED_OF = Pattern.compile(
            "\\bsav\\w*\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+)?(" + ImprovementFinder.NUM + "\\s*%)\\s+(?:of|in)\\s+(?:the\\s+)?"
                    + "(" + WORD + "(?:\\s+" + WORD + ")?)\\b(?!\\s+" + WORD + ")");
    /** "improves the modularity and explicitness of learned representations": two qualities of one thing. */
    private static final Pattern IMPROVED_PAIR = Pattern.compile(
            "\\b(?:improv|enhanc|boost)\\w*\\s+(?:the\\s+|both\\s+|its\\s+)?(" + WORD + ")\\s+and\\s+(?:the\\s+)?(" + WORD + ")\\s+(?:of|in|for)\\b");
    /** "faster encoding and decoding speeds": two metrics sharing a head. */
    private static final Pattern SHARED_HEAD = Pattern.compile(
            "\\b(?:faster|higher|lower|better|improved|reduced)\\s+(" + WORD + ")\\s+and\\s+(" + WORD + ")\\s+"
                    + "(speed|rate|time|quality|accuracy|cost|latency|throughput)s?\\b");
    /** "a downstream average GLUE (dev) score of 79.6", "pushing the GLUE score to 80.5%": a benchmark's own score. */
    private static final Pattern NAMED_SCORE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\\p{N}\\-]*\\p{Lu}[\\p{L}\\p{N}\\-]*)\\s*(?:\\([^()]{1,10}\\)\\s*)?(?:score\\s+(?:of\\s+|to\\s+)?|scores\\s+(?:of|to)\\s+)(" + ImprovementFinder.NUM + "%?)");
}
