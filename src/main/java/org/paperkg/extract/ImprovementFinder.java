package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Measure;

/**
 * Finds improves claims in a sentence: a named metric with the value reached and the gain
 * ("50.4AP (+2.2)", "top-1 accuracy of 73.62%", "reduces WER by 4 points"), and efficiency
 * factors ("3x faster inference" -> inference speed, delta 3x).
 */
final class ImprovementFinder {

    /** One improves claim before attribution. */
    record Claim(String metric, String canonical, Measure measure, Rule rule, int begin) {
    }

    static final Pattern CLAIM_CUE = Pattern.compile(
            "\\b(?:improv\\w*|outperform\\w*|excel\\w*|advantage\\w*|achiev\\w*|reach\\w*|surpass\\w*|boost\\w*|reduc\\w*|faster|speed\\w*|gain\\w*|"
                    + "higher|lower\\w*|better|state-of-the-art|SOTA|obtain\\w*|yield\\w*|attain\\w*|accelerat\\w*|sav\\w*|"
                    + "decreas\\w*|increas\\w*|cut\\w*|fewer|less|enhanc\\w*|exceed\\w*|beat\\w*|up to|record|superior|competitive|"
                    + "lead\\w* to|deliver\\w*|result\\w* in|establish\\w*|set\\w*|new)\\b",
            Pattern.CASE_INSENSITIVE);
    static final String NUM = "\\d+(?:[.,]\\d+)?";
    /** "image classification (87.3 top-1 accuracy on ImageNet-1K)": a value in brackets after what it measures is a result reached. */
    private static final Pattern BRACKETED_RESULT = Pattern.compile("\\(\\s*" + NUM + "\\s*%?\\s+\\p{L}");
    private static final String UNIT = "(?:ms|dB|GB|MB|kbps)(?![\\p{L}\\d])";
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}\\-])\\p{Lu}[\\p{L}\\p{N}\\-]*\\s+$");
    private static final Pattern VALUE_BEFORE = Pattern.compile(
            // "45M parameters": a count keeps its magnitude
            // "16.2ms latency", "0.4 GB memory": a time or size keeps its unit
            "(" + NUM + "(?:/" + NUM + "|[MBK](?=\\s)|\\s?(?:ms|dB|GB|MB|kbps)(?=\\s))?)\\s*(\\\\?%)?\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:in\\s+|on\\s+|of\\s+)?(?:[\\p{Lu}][\\w\\-]*[\\p{Lu}\\d][\\w\\-]*\\s+)?$");
    /**
     * "3.9x memory saving": a factor right before the metric; of "up to 13.9x and 6.2x GPU latency reduction over
     * SegFormer and SegNeXt, respectively", the first of the list, before a device name.
     */
    private static final Pattern FACTOR_BEFORE = Pattern.compile("(?<![\\w.])(" + NUM + "\\s*(?:x|\u00d7|times))"
            + "(?:\\s*(?:,|and|/)\\s*" + NUM + "\\s*(?:x|\u00d7|times))*\\s+(?:\\p{Lu}{2,}\\s+)?$");
    /** "0.78 and 0.76 Spearman correlation on A and B", "7.5%, 6.5%, and 6.0% WER": the first value goes with the first dataset. */
    private static final Pattern FIRST_OF_VALUES = Pattern.compile(
            "(" + NUM + ")\\s*(%)?\\s*(?:,\\s*" + NUM + "\\s*%?\\s*)*,?\\s*(?:and|,)\\s*$");
    /** "53.1% / 54.3% AP": the first of a slash pair of values. */
    private static final Pattern SLASH_PAIR = Pattern.compile("(?<![\\w.])(" + NUM + ")\\s*(%)?\\s*/\\s*$");
    /** "outperforms PiFold (54.7% vs. 51.66%), on sequence recovery rate": the first number is the method's. */
    private static final Pattern VERSUS_BEFORE = Pattern.compile(
            "\\(\\s*(" + NUM + ")\\s*(%)?\\s*vs\\.?\\s[^()]{1,20}\\)\\s*,?\\s*(?:on|in|of|for)\\s+(?:the\\s+)?$");
    /** "designability (67.04% vs. 53.58%)", "fewer additional parameters (67M compared to 591M)": the first number is the method's. */
    static final Pattern VERSUS = Pattern.compile("^\\s*\\(\\s*(" + NUM + "[MBK]?)\\s*(%)?\\s*(?:vs\\.?|versus|compared to|compared with)\\s");
    private static final Pattern VALUE_AFTER = Pattern.compile(
            "^\\s*\\)?\\s*(?:score\\s+|scores\\s+)?(?:\\([^)]{1,20}\\)\\s*)?"
                    // "the zero-shot accuracy on ImageNet to 76.2%": a dataset between the metric and its value
                    + "(?:(?:on|in)\\s+(?:the\\s+)?\\p{Lu}[\\w\\-.]*\\s+(?=of\\s|to\\s))?"
                    + "(?:of|at|to|=|:|reaching|reaches|is|was|as high as|as low as)?\\s*(?:only\\s+|just\\s+|up to\\s+|about\\s+|nearly\\s+|around\\s+|approximately\\s+|~\\s*)?("
                    + NUM + "(?:\\s*/\\s*" + NUM + ")?)\\s*(\\\\?%)?(\\s*(?:x|\u00d7|times)(?![\\p{L}\\d]))?");
    /** "the best accuracy (87.8%)", "accuracy on CIFAR-100 (91.7%)": a value alone in brackets after the metric or its dataset. */
    private static final Pattern PAREN_VALUE = Pattern.compile(
            "^\\s*(?:(?:on|in)\\s+(?:the\\s+)?\\p{Lu}[\\w\\-.]*\\s*)?\\(\\s*(" + NUM + ")\\s*(\\\\?%)?\\s*\\)");
    private static final Pattern SPEED_AFTER = Pattern.compile("^\\s*(?:inference\\s+)?speed\\b");
    private static final Pattern SPEED_OF = Pattern.compile("\\bspeed\\s+of\\s+(?:~\\s*|about\\s+|up to\\s+|over\\s+)?$");
    private static final Pattern PAREN_DELTA = Pattern.compile("^\\s*\\(\\s*([+\\-\u2212]\\s?" + NUM + "\\s*(?:%|points?|pp)?)\\s*(?:\\w+\\s*)?\\)");
    private static final Pattern BY_DELTA = Pattern.compile(
            "\\bby\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+|around\\s+|approximately\\s+|an average of\\s+|a margin of\\s+|more than\\s+)?("
                    // "by 2-4x", "by 12X", "by 0.3%/1.1%" (over two baselines)
                    + NUM + "(?:\\s*(?:-|\u2013|~)\\s*" + NUM + "|%?/" + NUM + ")?(?:\\s*(?:%|x|X|\u00d7|times|points?|pp|dB)(?!\\w))?(?:\\s*(?:absolute|relative))?)");
    private static final Pattern AMOUNT_DELTA = Pattern.compile(
            "(" + NUM + "%?\\s*(?:~|-|to|\u2013)\\s*" + NUM + "\\s*%|" + NUM + "%/" + NUM + "%|" + NUM + "\\s*(?:%|x|\u00d7)|" + NUM + "\\s?" + UNIT + "|" + NUM + "\\s+points?|\\+" + NUM + "\\s*%?)\\s*(?:points?\\s+)?(?:relative\\s+|absolute\\s+)?(?:fewer|less|lower|reduction|improvement|increase|gain|higher|faster|speed-?ups?|better|smaller|boost|decrease|drop|savings?|more)"
                    + "|(?:sav\\w+|reduc\\w+|cut\\w*|lower\\w*)\\s+(?:up to\\s+|about\\s+|over\\s+)?(" + NUM + "%?\\s*(?:~|-|to|\u2013)\\s*" + NUM + "\\s*%|" + NUM + "\\s*%)");
    private static final String ACTIVITY = "(inference|decoding|training|generation|sampling|prefill\\w*|encoding|rendering|search|convergence|pretraining|pre-training)";
    /** "3x faster inference", "2.4x higher throughput", "40% fewer FLOPs". */
    private static final Pattern FACTOR_AMOUNT = Pattern.compile(
            // "5-40 times faster", "a 2X-3X acceleration": a range is one amount
            "(?:(?:up to|about|over|nearly|around|approximately|roughly)\\s+)?(" + NUM + "(?:\\s*(?:x|\u00d7)?\\s*(?:-|\u2013|~)\\s*" + NUM + ")?\\s*(?:x|\u00d7|times|%))\\s+"
                    // "a 15% end-to-end wall-clock speedup"
                    + "(?:\\p{Ll}+-[\\p{L}\\-]+\\s+){0,2}"
                    + "(faster|speed[\\s\\-]?ups?|acceleration|higher throughput|throughput|fewer FLOPs|less memory|lower latency|smaller(?= and|,|\\.| than| while))"
                    + "(?:\\s+(?:in|for|of|on|during|at)?\\s*(?:the\\s+)?" + ACTIVITY + ")?", Pattern.CASE_INSENSITIVE);
    /** "2.6x faster than EfficientNet w.r.t measured latency", "8.5x faster for latency-oriented scenarios": the speed is a latency. */
    private static final Pattern LATENCY_AFTER = Pattern.compile(
            "^[^.;()]{0,30}?\\b(?:w\\.r\\.t\\.?|in terms of|with respect to|for|on|in)\\s+(?:the\\s+)?(?:measured\\s+|inference\\s+)?latency\\b");
    /** "inference speed-up of 3x", "decoding speedup up to 2x". */
    private static final Pattern FACTOR_NOUN = Pattern.compile(
            ACTIVITY + "\\s+(?:speed-?ups?|acceleration|speed)\\s+(?:of\\s+)?(?:up to\\s+)?(" + NUM + "\\s*(?:x|\u00d7|%))",
            Pattern.CASE_INSENSITIVE);
    /** "accelerates decoding by 2x", "speeds up the inference process". */
    private static final Pattern FACTOR_VERB = Pattern.compile(
            "(?:accelerat\\w+|speeds?[\\s\\-]?up)\\s+(?:the\\s+)?(?:LLM\\s+|model\\s+)?" + ACTIVITY
                    + "\\w*(?:\\s+process)?(?:\\s+\\(?by\\s+(?:up to\\s+)?(" + NUM + "\\s*(?:x|\u00d7|%)))?", Pattern.CASE_INSENSITIVE);
    /** An unlisted measurable quantity after a comparison word: "a lower irreducible loss", "in terms of recovery rate". */
    private static final Pattern OPEN_METRIC = Pattern.compile(
            "\\b(?:improv\\w*|reduc\\w*|lower\\w*|increas\\w*|boost\\w*|higher|better|faster|less|fewer|smaller|"
                    + "decreas\\w*|sav\\w*|in terms of)\\s+(?:(?:in|of)\\s+)?(?:the\\s+|its\\s+|their\\s+)?"
                    + "((?:[\\p{Ll}][\\w\\-]*\\s+){0,2}(?:rate|speed|time|cost|score|error|loss|similarity|throughput|latency|"
                    + "size|usage|consumption|distance|ratio|recall|precision|overhead|footprint|computation)s?)\\b(?![\\s\\-]+(?:efficiency|cost|time|budget|power|resources?|complexity))");
    /** A quantity the sentence says was reduced or raised: "training parameters and ... are greatly reduced". */
    private static final Pattern PASSIVE_CHANGE = Pattern.compile(
            "((?:[\\p{Ll}][\\w\\-]*\\s+){0,2}(?:parameters|costs?|time|latency|memory|computation|FLOPs|error|loss))"
                    + "\\s+(?:and\\s+[^,.;]{0,40}?\\s+)?(?:is|are|was|were|can be|get|gets)\\s+(?:\\w+ly\\s+)?"
                    + "(?:reduced|lowered|decreased|cut|halved|improved|increased)\\b");
    private static final Pattern BARE_HEAD = Pattern.compile("(?i)(?:rate|time|cost|score|error|loss|size|ratio|distance)");
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)(?:higher|lower|better|faster|less|fewer|smaller)\\b");
    private static final Pattern PURPOSE_BEFORE = Pattern.compile("(?i)\\b(?:to|for|aims? to|order to)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** An infinitive of a change right before the metric: "to further reduce the", "to increase the". */
    private static final Pattern AIMED_AT = Pattern.compile(
            "(?i)(?<!\\b(?:able|possible|shown|proven|found|managed)\\s)\\bto\\s+(?:(?:\\w+ly|further|also|both)\\s+)*(?:improv|reduc|increas|enhanc|boost|promot|lower|minimi[sz]|maximi[sz]|accelerat|speed|optimi[sz]|decreas|cut|sav)\\w*"
                    + "(?:\\s+up)?\\s+(?:(?:the|its|their|our|both|overall)\\s+)?(?:[\\w\\-]+\\s+){0,3}$");
    /** "reduces inference latency by 35% and memory usage by 50%": the second quantity is changed by its own amount. */
    private static final Pattern CHANGED_AFTER = Pattern.compile(
            "^[\\w\\s\\-]{0,20}?\\bby\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+)?(" + NUM + "(?:\\s*(?:-|\u2013|~)\\s*" + NUM + ")?\\s*(?:%|x|\u00d7|times|points?|pp|dB)?)(?!\\w)(?!\\.\\d)");
    /** "improves encoding quality from 37.36 to 37.70 (in terms of PSNR)": the second number is the value. */
    private static final Pattern FROM_TO_BEFORE = Pattern.compile(
            "\\bfrom\\s+" + NUM + "\\s*%?\\s+to\\s+(" + NUM + ")\\s*(%)?\\s*\\(?\\s*(?:in terms of|on|of|in)\\s+(?:the\\s+)?$");
    /** "reduces the average latency from 120 ms to 45 ms": a unit may follow each number. */
    private static final Pattern FROM_TO = Pattern.compile(
            "^[^.;]{0,40}?\\bfrom\\s+" + NUM + "\\s*(?:%|" + UNIT + ")?\\s+to\\s+(" + NUM + "(?:\\s?" + UNIT + ")?)\\s*(%)?");
    /** "the search cost is reduced from 2000 GPU days to 0.5 GPU days": the number after "to" is the value reached. */
    private static final Pattern TO_AFTER = Pattern.compile("^\\s*to\\s+(" + NUM + ")\\s*(%)?");

    private static final Pattern HEDGE = Pattern.compile(
            "(?:maintain\\w*|preserv\\w*|retain\\w*|keep\\w*|without(?:\\s+[\\w\\-]+){0,3}|no(?:\\s+[\\w\\-]+){0,2}|comparable|similar|the same|"
                    + "on par|competitive|limited|negligible|minimal|marginal|little|trade[\\s\\-]?offs?(?: between)?[^.;]{0,40}|while|given|under|"
                    + "with\\s+(?:only\\s+)?\\d[\\w.]*)"
                    + "(?:\\s+(?:of|in|the|high|good|strong|its|their|a|an))*\\s*[\\w\\-]*\\s*$");
    /** What after a metric name says it is not a claim: "SSIM-based loss", "memory budget", "accuracy loss". */
    private static final Pattern HEDGE_AFTER = Pattern.compile(
            "^\\s*\\)?\\s*[\\s\\-]?(?:based|budgets?|constraints?|limits?|requirements?|loss|losses|drops?|degradation|gap|trade-?offs?|"
                    // the metric names what another noun is about: "high sparsity regime", "rate-distortion optimization",
                    // "variable bitrate compression", "our improved memory layer", "a speedup analysis"
                    + "regimes?|optimi[sz]ation|ranges?|analys[ie]s|compression|layers?|curves?|modules?|mechanisms?|objectives?|"
                    + "regulari[sz]ation|estimators?|predictors?|allocation)\\b");
    private static final Pattern REDUCTION = Pattern.compile(
            "\\b(?:reduc\\w*|fewer|less|lower\\w*|sav\\w*|cut\\w*|decreas\\w*|faster|smaller|improv\\w*|speed\\w*|accelerat\\w*|"
                    + "higher|increas\\w*|boost\\w*|efficien\\w*|only|merely|minimi\\w*|drop\\w*|shrink\\w*|compress\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EFFICIENCY = Set.of("latency", "throughput", "FLOPs", "parameter count",
            "memory", "training time", "inference time", "inference cost", "training cost", "energy consumption", "bitrate",
            "response time", "index cost", "storage cost", "computational cost", "compression ratio",
            "real-time factor", "time to first token", "GPU days", "power consumption");

    /** Metrics that are themselves a change, so a number written with them is a delta. */
    private static final Set<String> RELATIVE = Set.of("speed-up", "speed", "inference speed", "decoding speed");

    private final Gazetteer metrics;

    ImprovementFinder(Gazetteer metrics) {
        this.metrics = metrics;
    }

    List<Claim> find(Sentence s, String dataset) {
        String text = plainMath(s.text());
        List<Claim> claims = new ArrayList<>();
        if (!CLAIM_CUE.matcher(text).find() && !BRACKETED_RESULT.matcher(text).find()) {
            return claims;
        }
        List<int[]> factorSpans = new ArrayList<>();
        efficiencyFactors(text, dataset, claims, factorSpans);
        for (Gazetteer.Hit h : joinAdjacent(text, metrics.find(text))) {
            if (isHedged(text, h) || isEfficiency(h.canonical()) && !REDUCTION.matcher(window(text, h, inParenthesis(text, h) ? 60 : 30)).find()
                            && !CHANGED_AFTER.matcher(text.substring(h.end())).find()
                    || factorSpans.stream().anyMatch(sp -> h.begin() < sp[1] && sp[0] < h.end())) {
                continue;
            }
            String value = null;
            String delta = null;
            String unit = null;
            Matcher before = VALUE_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 40), h.begin()));
            String before60 = text.substring(Math.max(0, h.begin() - 60), h.begin());
            Matcher paired;
            Matcher after = VALUE_AFTER.matcher(text.substring(h.end()));
            int valueEnd = -1;
            int numberAt = h.begin() - (before.find() ? before.end() - before.start() : 0);
            // "top-1 accuracies of 78.3%": a number after a hyphen in a word is part of a name, neither gain nor value
            boolean hasBefore = before.find(0) && !inName(text, numberAt);
            Matcher factorBefore = FACTOR_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 40), h.begin()));
            if (factorBefore.find() && CHANGE_AFTER.matcher(text.substring(h.end())).find()) {
                // "3.9x memory saving and 3.3x speedup": the factor before the metric is its change
                delta = factor(factorBefore.group(1));
                unit = "x";
            } else if (hasBefore && GAIN_OF.matcher(text.substring(Math.max(0, numberAt - 40), numberAt)).find()) {
                // "an improvement of 1.3 BLEU over the best previous model": the number is the gain
                delta = before.group(1) + (before.group(2) != null ? "%" : "");
                valueEnd = h.end();
            } else if (hasBefore && numberAt > 0 && "+-\u2212".indexOf(text.charAt(numberAt - 1)) >= 0) {
                delta = text.charAt(numberAt - 1) + before.group(1) + (before.group(2) != null ? "%" : "");
                valueEnd = h.end();
            } else if (hasBefore && precededBy(text, numberAt, "from") && (paired = found(TO_AFTER, text.substring(h.end()))) != null) {
                value = paired.group(1) + (paired.group(2) != null ? "%" : "");
                unit = paired.group(2) != null ? "%" : null;
            } else if (hasBefore && !precededByBy(text, numberAt) && !precededBy(text, numberAt, "from")
                    && (numberAt == 0 || !Character.isLetterOrDigit(text.charAt(numberAt - 1)) && text.charAt(numberAt - 1) != '@'
                            // "by 0.3%/1.1% accuracy": the second of two amounts in a slash pair is a gain too, not a value
                            && !text.substring(Math.max(0, numberAt - 24), numberAt).matches("(?s).*\\bby\\s+(?:up to\\s+)?[\\d.]+%?/"))
                    // "the MLPerf 1.1 training speed record": a number right after a name is its version
                    && !(before.group(2) == null && NAME_BEFORE.matcher(text.substring(Math.max(0, numberAt - 30), numberAt)).find())) {
                Matcher first = FIRST_OF_VALUES.matcher(text.substring(Math.max(0, numberAt - 40), numberAt));
                boolean listed = first.find();
                value = listed ? first.group(1) + (first.group(2) != null ? "%" : "") : before.group(1) + (before.group(2) != null ? "%" : "");
                Matcher pair = SLASH_PAIR.matcher(text.substring(Math.max(0, numberAt - 20), numberAt));
                if (!listed && pair.find()) {
                    // "RT-DETR-R50 / R101 achieves 53.1% / 54.3% AP": a slash pair of values is kept as written, as "1.77/2.58"
                    value = pair.group(1) + (pair.group(2) != null ? "%" : "") + "/" + value;
                }
                unit = (listed ? first.group(2) : before.group(2)) != null ? "%" : null;
                valueEnd = h.end();
            } else if ((paired = found(FROM_TO_BEFORE, before60)) != null || (paired = found(VERSUS_BEFORE, before60)) != null
                    || (paired = found(VERSUS, text.substring(h.end()))) != null || (paired = found(FROM_TO, text.substring(h.end()))) != null) {
                // "from 37.36 to 37.70 (in terms of PSNR)", "(54.7% vs. 51.66%), on ...", "designability (67.04% vs. 53.58%)",
                // "... from 61.79 to 66.94": the number the pattern singles out is the value
                value = paired.group(1) + (paired.group(2) != null ? "%" : "");
                unit = paired.group(2) != null ? "%" : null;
            } else if (after.find()) {
                value = after.group(1).replaceAll("\\s+", "") + (after.group(2) != null ? "%" : after.group(3) != null ? "x" : "");
                unit = after.group(2) != null ? "%" : null;
                valueEnd = h.end() + after.end();
            } else if ((paired = found(PAREN_VALUE, text.substring(h.end()))) != null) {
                // "achieves the best accuracy (87.8%)", "accuracy on CIFAR-100 (91.7%), Flowers (98.8%)"
                value = paired.group(1) + (paired.group(2) != null ? "%" : "");
                unit = paired.group(2) != null ? "%" : null;
                valueEnd = h.end() + paired.end();
            }
            if (valueEnd >= 0) {
                Matcher paren = PAREN_DELTA.matcher(text.substring(valueEnd));
                if (delta == null && paren.find()) {
                    delta = paren.group(1).replaceAll("\\s+", "").replace('\u2212', '-');
                }
            }
            Matcher gainAfter = GAIN_OF_AFTER.matcher(text.substring(h.end()));
            Matcher changedAfter = CHANGED_AFTER.matcher(text.substring(h.end()));
            if (delta == null && gainAfter.find()) {
                // "an average pass@1 scores increase of 16.59%", "an accuracy improvement of up to 2%"
                delta = gainAfter.group(1);
            } else if (delta == null && changedAfter.find()) {
                // "... by 10,000 times and the GPU memory requirement by 3 times": its own amount, not the nearest
                delta = factor(changedAfter.group(1));
            }
            if (delta == null) {
                delta = nearDelta(text, h);
            }
            delta = delta == null ? null : delta.replaceAll("\\s+(?=%)", "");
            if (value != null && (RELATIVE.contains(h.canonical()) || CHANGE_AFTER.matcher(text.substring(h.end())).find()
                    || valueEnd == h.end() && CHANGED_BEFORE.matcher(text.substring(Math.max(0, numberAt - 30), numberAt)).find()
                    || delta != null && delta.contains(value.replace("%", "")))) {
                // "75.8% GPU memory reduction", "29.7% bitrate saving", "improves 0.94% accuracy": the number is the change
                delta = delta != null ? delta : value;
                value = null;
                unit = null;
            }
            if (h.ambiguous() && value == null && delta == null) {
                continue;
            }
            Rule rule = value != null ? Rule.METRIC_WITH_VALUE : delta != null ? Rule.METRIC_WITH_DELTA : Rule.METRIC_IN_CLAIM;
            if ("FPS".equals(h.canonical()) && value != null && valueEnd == h.end() && !value.endsWith("%")
                    && (SPEED_AFTER.matcher(text.substring(h.end())).find() || SPEED_OF.matcher(text.substring(Math.max(0, numberAt - 25), numberAt)).find())) {
                // "102 FPS speed", "a realtime speed of ~65 FPS": the frame rate is the value of an inference speed
                claims.add(new Claim("inference speed", "inference speed", new Measure(value + " FPS", delta, "FPS", dataset), rule, h.begin()));
                continue;
            }
            claims.add(new Claim(withModifier(s, h, metrics.reported(h.surface())), h.canonical(), new Measure(value, delta, unit, dataset), rule, h.begin()));
        }
        mergeValueAndGain(claims);
        StatedChange.read(text, dataset, claims);
        QualityList.read(s, text, dataset, claims);
        boolean reportsResult = s.reportsResult() || DIGIT.matcher(text).find();
        for (Matcher open : List.of(OPEN_METRIC.matcher(text), PASSIVE_CHANGE.matcher(text))) {
        while (open.find()) {
            // "higher dropout rates for later layers", "to reduce the distilling costs" describe the design or its aim:
            // they count only where the sentence reports a result
            if (!reportsResult && (COMPARATIVE.matcher(open.group()).lookingAt()
                    || PURPOSE_BEFORE.matcher(text.substring(Math.max(0, open.start() - 12), open.start())).find())) {
                continue;
            }
            String metric = open.group(1).replaceFirst("^(?:(?:that|which|the|our|its|their|this|these|all)\\s+)+", "")
                    .replaceFirst("(?<=rate|speed|time|cost|score|error|size|distance|ratio|overhead|footprint)s$", "");
            int at = open.start(1) + open.group(1).length() - metric.length();
            // "higher scores indicate better performance", "reduces the cost of the attention modules": a bare head names no metric
            if (!metric.matches("(?i).*\\b(?:the|a|an|of|and|or|with|to|in|on|than)\\b.*") && !BARE_HEAD.matcher(metric).matches() && !isHedged(text, new Gazetteer.Hit(metric, metric, at, at, false))
                    && claims.stream().noneMatch(c -> Math.abs(c.begin() - at) < metric.length() + 20 || NameMatch.same(c.metric(), metric))
                    && factorSpans.stream().noneMatch(sp -> at < sp[1] && sp[0] < at + metric.length())) {
                claims.add(new Claim(metric, metric, new Measure(null, nearDelta(text, new Gazetteer.Hit(metric, metric, at,
                        at + metric.length(), false)), null, dataset), Rule.OPEN_METRIC, at));
            }
        }
        }
        // "only slightly increasing the total inference cost", "add extra parameters": a cost that grows is no improvement
        claims.removeIf(c -> COSTLIER.contains(c.canonical()) && c.measure().value() == null
                && GROWS_BEFORE.matcher(text.substring(Math.max(0, c.begin() - 40), c.begin())).find());
        if (!DIGIT.matcher(text).find()) {
            // "to further reduce the computational overhead", "strategies to increase the token acceptance rate": an aim, not a result
            claims.removeIf(c -> AIMED_AT.matcher(text.substring(Math.max(0, c.begin() - 50), c.begin())).find());
        }
        // "54x fewer trainable parameters", read by a pattern rather than the gazetteer, is still reported as parameter count
        claims.replaceAll(c -> metrics.reported(c.metric()).equals(c.metric()) ? c
                : new Claim(metrics.reported(c.metric()), metrics.canonicalOf(c.metric()), c.measure(), c.rule(), c.begin()));
        return claims;
    }

    /** A growth right before a metric: "increasing the total", "add extra", "more", but not "without increasing". */
    private static final Pattern GROWS_BEFORE = Pattern.compile(
            "(?i)(?<!\\b(?:without|no|not|fewer|less)\\s)\\b(?:increas(?:e|es|ed|ing)|add(?:s|ed|ing)?|extra|more|larger|higher)\\s+"
                    + "(?:(?:the|total|overall|extra|additional|a|an|its|their)\\s+)*$");
    /** Listed metrics that improve by going down, so a growth in them is a cost, not a claim. */
    private static final Set<String> COSTLIER = Set.of("parameter count", "memory", "latency", "FLOPs", "inference cost",
            "training cost", "computational cost", "inference time", "training time", "model size", "bitrate", "energy consumption",
            "time cost", "storage cost", "index cost", "GPU hours", "GPU days", "wall-clock time", "search cost", "runtime");

    /** "detection accuracy", "reconstruction quality": a broad metric keeps the noun that says what is measured. */
    private static String withModifier(Sentence s, Gazetteer.Hit h, String name) {
        if (!BROAD.contains(h.canonical()) || !name.equals(h.surface())) {
            return name;
        }
        int i = s.tokenAt(h.begin()) - 1;
        if (i < 0) {
            return name;
        }
        Token before = s.tokens().get(i);
        boolean adjacent = before.end() - s.begin() == h.begin() - 1 || before.end() - s.begin() == h.begin();
        return adjacent && before.tag().equals("NN") && before.word().matches("\\p{Ll}[\\p{Ll}\\-]{3,}") && !NOT_MODIFIER.contains(before.word())
                ? before.word() + " " + name : name;
    }

    private static final Set<String> BROAD = Set.of("accuracy", "precision", "recall", "quality", "similarity");
    private static final Set<String> NOT_MODIFIER = Set.of("test", "validation", "model", "performance", "state", "average",
            "overall", "mean", "baseline", "task", "benchmark");

    /** "without sacrificing accuracy", "comparable accuracy", "at no extra training cost": not a claim. */
    private static boolean isHedged(String text, Gazetteer.Hit h) {
        String before = text.substring(Math.max(0, h.begin() - 45), h.begin()).toLowerCase(Locale.ROOT);
        // "with 7B parameters" is a setting, but "state-of-the-art performance with 0.91 F1" a result
        // and so is "achieves 83.6% top-1 accuracy on ImageNet-1K with 16.2ms latency": a cost stated beside a result reached
        boolean resultWithNumber = WITH_NUMBER.matcher(before).find() && (!isEfficiency(h.canonical())
                || REACHED_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 120), h.begin())).find());
        String after = text.substring(h.end());
        // "the GPU memory requirement by 3 times" is changed, whereas "memory requirements" alone are a constraint
        // "comparable to the state-of-the-art ... model in terms of parameters", "have same RMSE": parity, however far its word
        // "appeal for reducing the memory footprint", "patch resolution for memory reduction": a purpose, not a result
        return HEDGE.matcher(before).find() && !resultWithNumber
                || FOR_CHANGING.matcher(before).find() || FOR_BEFORE.matcher(before).find() && CHANGE_AFTER.matcher(after).find()
                || PARITY_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 90), h.begin())).find()
                || HEDGE_AFTER.matcher(after).find() && !CHANGED_AFTER.matcher(after).find()
                || PARITY_AFTER.matcher(after).find();
    }

    private static final Pattern FOR_CHANGING = Pattern.compile(
            "(?i)\\bfor\\s+(?:further\\s+)?(?:reduc|improv|lower|increas|boost|accelerat|sav|minimi[sz]|enhanc|speed)\\w*\\s+(?:the\\s+|its\\s+|their\\s+)?$");
    private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+(?:the\\s+)?$");
    private static final Pattern PARITY_BEFORE = Pattern.compile(
            "(?i)\\b(?:comparable|similar|on[\\s\\-]par|competitive|close)\\b[^.;:]{0,70}?\\b(?:in terms of|under the metrics? of|with respect to|regarding)\\s+(?:the\\s+)?$"
                    + "|(?<!\\bthe\\s)\\bsame\\s+$"
                    // "with the same training data and model size as BERT-large": a setting shared with a baseline
                    + "|\\bsame\\s+(?:[\\w\\-]+\\s+){1,3}(?:and|or)\\s+$");

    /** "accuracy and run-time performance on par with ... Faster RCNN": parity, not an improvement. */
    private static final Pattern PARITY_AFTER = Pattern.compile(
            "^[^,;.]{0,40}?\\b(?:on par with|on-par with|comparable to|similar to|competitive with|close to|matching)\\b");

    /** "with only 0.4M", "with 16.2ms": a number stated with, right before the metric. */
    private static final String WITH_A_NUMBER = "\\bwith\\s+(?:only\\s+)?\\d[\\d.,]*\\s*(?:%|[MBK]|ms|s|GB|MB)?\\s*$";
    private static final Pattern WITH_NUMBER = Pattern.compile("(?i)" + WITH_A_NUMBER);
    /** A result the sentence reports, with a number, before a cost: "achieves 68.0% mean IoU on the Cityscapes test set with only 0.4M parameters". */
    private static final Pattern REACHED_BEFORE = Pattern.compile(
            "(?i)\\b(?:achiev|obtain|reach|attain|yield)\\w*\\s[^;]*\\d[^;]*" + WITH_A_NUMBER);

    private static boolean isEfficiency(String canonical) {
        return EFFICIENCY.contains(canonical);
    }

    /** "fewer Floating Point Operations (FLOPs)": an acronym in brackets after its long form. */
    private static boolean inParenthesis(String text, Gazetteer.Hit h) {
        return text.substring(0, h.begin()).matches("(?s).*\\(\\s*");
    }

    private static String window(String text, Gazetteer.Hit h, int width) {
        return text.substring(Math.max(0, h.begin() - width), Math.min(text.length(), h.end() + width));
    }

    /** Efficiency claims stated as a factor; their spans, so the metric names inside are not read again. */
    private static void efficiencyFactors(String text, String dataset, List<Claim> claims, List<int[]> spans) {
        Matcher a = FACTOR_AMOUNT.matcher(text);
        while (a.find()) {
            String trigger = a.group(2).toLowerCase(Locale.ROOT);
            String activity = a.group(3) == null ? null : a.group(3).toLowerCase(Locale.ROOT);
            String metric = trigger.contains("throughput") ? (activity == null ? "throughput" : activity + " throughput")
                    : trigger.contains("flops") ? "FLOPs" : trigger.contains("memory") ? "memory"
                    : trigger.contains("latency") ? "latency" : trigger.equals("smaller") ? "model size"
                    // "2.44x faster" is a speed; "a 3x speedup" is named a speed-up
                    : activity == null ? (!trigger.equals("faster") ? "speed-up"
                            : LATENCY_AFTER.matcher(text.substring(a.end())).find() ? "latency" : "speed") : activity + " speed";
            addFactor(claims, spans, metric, a.group(1), dataset, a.start(), a.end());
        }
        Matcher n = FACTOR_NOUN.matcher(text);
        while (n.find()) {
            addFactor(claims, spans, n.group(1).toLowerCase(Locale.ROOT) + " speed", n.group(2), dataset, n.start(), n.end());
        }
        Matcher v = FACTOR_VERB.matcher(text);
        while (v.find()) {
            addFactor(claims, spans, v.group(1).toLowerCase(Locale.ROOT) + " speed", v.group(2), dataset, v.start(), v.end());
        }
    }

    /**
     * arXiv abstracts keep their LaTeX: "$84.2\\%$ top-1 accuracy", "$2.1\\times$ fewer FLOPs" read as "84.2 %" and
     * "2.1x". Every replacement keeps the length, so offsets into the sentence stay put.
     */
    static String plainMath(String text) {
        return text.replace("\\%", " %").replace("\\times", "\u00d7     ").replace('$', ' ');
    }

    /** An amount as a delta is written: "3 \u00d7", "2.44times", "4X" -> "3x", "2.44x", "4x". */
    static String factor(String amount) {
        return amount.replaceAll("\\s+", "").replace('\u00d7', 'x').replace("times", "x").replace('X', 'x');
    }

    private static void addFactor(List<Claim> claims, List<int[]> spans, String metric, String amount, String dataset, int begin, int end) {
        if (spans.stream().anyMatch(sp -> begin < sp[1] && sp[0] < end)) {
            return;
        }
        spans.add(new int[]{begin, end});
        // "2X-3X" is written "2-3x", as "2-4x"
        String delta = amount == null ? null : factor(amount).replaceAll("x(?=[\\-\\u2013~])", "");
        // one claim per metric, unless a later clause states it again ("..., while Y achieves 13.5x speedup")
        if (claims.stream().noneMatch(c -> NameMatch.same(c.metric(), metric) && Math.abs(c.begin() - begin) < 60)) {
            claims.add(new Claim(metric, metric, new Measure(null, delta, delta != null && delta.endsWith("x") ? "x" : null, dataset),
                    delta != null ? Rule.EFFICIENCY_FACTOR : Rule.METRIC_IN_CLAIM, begin));
        }
    }

    /** "Pass@1 accuracy": two listed names written together are one metric. */
    private static List<Gazetteer.Hit> joinAdjacent(String text, List<Gazetteer.Hit> hits) {
        List<Gazetteer.Hit> out = new ArrayList<>();
        for (Gazetteer.Hit listed : hits) {
            // "recall@10", "hit rate@5": a cut-off written after the metric belongs to its name
            Matcher cutoff = AT_K.matcher(text.substring(listed.end()));
            Gazetteer.Hit h = cutoff.lookingAt() ? new Gazetteer.Hit(listed.surface() + cutoff.group(), listed.canonical(),
                    listed.begin(), listed.end() + cutoff.end(), listed.ambiguous()) : listed;
            Gazetteer.Hit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.end(), h.begin()).matches("[ \\-]")) {
                out.set(out.size() - 1, new Gazetteer.Hit(text.substring(last.begin(), h.end()), last.canonical(),
                        last.begin(), h.end(), false));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** The stems of the verbs that change a quantity: "improves", "reducing", "boosted". */
    private static final String CHANGE_STEM = "improv|boost|increas|rais|reduc|lower|decreas|cut|enhanc";
    private static final Pattern CHANGED_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + CHANGE_STEM + "|gain)\\w*\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+|around\\s+)?$");
    private static final Pattern CHANGE_AFTER = Pattern.compile(
            "^\\s*(?:reductions?|savings?|improvements?|gains?|increases?|decreases?|drops?|boosts?|speed-?ups?)\\b(?!\\s+of\\b)");

    private static final Pattern AT_K = Pattern.compile("@(?:\\d+|[kK])(?![\\w@])");

    private static final Pattern GAIN_OF = Pattern.compile(
            "\\b(?:improvements?|gains?|increases?|boosts?|margins?|reductions?|decreases?)\\s+of\\s+(?:up to\\s+|about\\s+|over\\s+|nearly\\s+|around\\s+)?$");

    private static final Pattern GAIN_OF_AFTER = Pattern.compile(
            "^\\s*(?:scores?\\s+)?(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?)\\s+of\\s+"
                    + "(?:up to\\s+|about\\s+|over\\s+|nearly\\s+|around\\s+)?(" + NUM + "\\s*(?:%|x|\u00d7|points?|pp)?)");

    /**
     * "achieves 42.1 BLEU, an improvement of 1.3 BLEU over ...": one claim with the value and the gain,
     * not two claims the graph would have to choose between.
     */
    private static void mergeValueAndGain(List<Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = claims.size() - 1; j > i; j--) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                Measure ma = a.measure();
                Measure mb = b.measure();
                if (a.metric().equals(b.metric()) && ma.value() != null && ma.delta() == null && mb.value() == null && mb.delta() != null) {
                    claims.set(i, new Claim(a.metric(), a.canonical(), new Measure(ma.value(), mb.delta(), ma.unit(),
                            ma.dataset() != null ? ma.dataset() : mb.dataset()), a.rule(), a.begin()));
                    claims.remove(j);
                }
            }
        }
    }

    /** The matcher after its first find, or null when the pattern is not in the text. */
    private static Matcher found(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m : null;
    }

    private static boolean precededBy(String text, int at, String word) {
        return text.substring(Math.max(0, at - 12), Math.max(0, at)).matches("(?s).*\\b" + word + "\\s+$");
    }

    /** "top-1", "ResNet-50": a number joined by a hyphen to the word before it. */
    private static boolean inName(String text, int at) {
        return at > 1 && text.charAt(at - 1) == '-' && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    private static boolean precededByBy(String text, int at) {
        return precededBy(text, at, "by(?:\\s+(?:up to|about|over))?");
    }

    private static final Pattern CUT_WORD = Pattern.compile("(?i)\\b(?:fewer|less|smaller|faster|speed-?ups?|savings?)\\b");

    /** A quantity that improves by going down, so a cut in it is its gain: error, latency, cost, size. */
    private static boolean lowerIsBetter(String metric) {
        return isEfficiency(metric) || metric.matches("(?i).*(?:error|loss|rate|wer|cer|perplexity|fid|latency|time|cost|size|memory|"
                + "params|parameters|flops|macs|bitrate|bits|distortion|energy|steps).*");
    }

    /** A change verb or a clause boundary: what is beyond it is changed by its own amount. */
    private static final Pattern OTHER_CLAUSE = Pattern.compile(
            "(?i)\\b(?:" + CHANGE_STEM + "|accelerat|speed\\w*\\s+up|sav|shrink)\\w*\\b|\\b(?:while|whereas|but)\\b|\\)\\s*,?\\s*and\\b|;");

    /** A gain stated near the metric: "by 4 points", "40% fewer". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(" + NUM + "\\s*%)\\s+(?:relative|absolute)\\s+$");
    private static final Pattern CHANGE_NOUN_AFTER = Pattern.compile("\\s*(?:reductions?|improvements?|gains?|drops?|decreases?)\\b");

    private static String nearDelta(String text, Gazetteer.Hit h) {
        Matcher around = AMOUNT_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 30), h.begin()));
        if (around.find() && CHANGE_NOUN_AFTER.matcher(text.substring(h.end())).lookingAt()) {
            // "a 12% relative WER reduction": the amount, the metric, then the change
            return around.group(1).replaceAll("\\s+", "");
        }
        int from = Math.max(0, h.begin() - 60);
        int to = Math.min(text.length(), h.end() + 60);
        String window = text.substring(from, to);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Pattern p : List.of(BY_DELTA, AMOUNT_DELTA)) {
            Matcher m = p.matcher(window);
            while (m.find()) {
                int dist = Math.min(Math.abs(from + m.start() - h.end()), Math.abs(from + m.end() - h.begin()));
                String g = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                // "84.3% top-1 accuracy, while being 8.4x smaller": a cut in size is no gain in accuracy
                boolean cut = p == AMOUNT_DELTA && CUT_WORD.matcher(m.group()).find();
                // "accelerate training (by 3x or more) and improve accuracy", "77.1% top-1 accuracy ... while reducing the
                // search cost by 1000x": an amount with another change verb between it and the metric is that verb's
                String gap = from + m.end() <= h.begin() ? text.substring(from + m.end(), h.begin())
                        : from + m.start() >= h.end() ? text.substring(h.end(), from + m.start()) : "";
                if (g != null && dist < bestDist && !(cut && !lowerIsBetter(h.canonical())) && !OTHER_CLAUSE.matcher(gap).find()) {
                    bestDist = dist;
                    best = g.strip().replaceAll("(?<=\\d)\\s*(?:\u00d7|X|times)$", "x");
                }
            }
        }
        return best;
    }
}
