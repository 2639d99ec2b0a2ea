package org.paperkg.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.extract.NameMatch;

/**
 * Scores predicted records against gold records with the rules of {@code shared/eval/score.py}
 * (a port: same normalisation, alias handling, greedy one-to-one matching, de-duplication, strict
 * and object-only pairs, value accuracy), and records which predicted items matched so confidence
 * can be calibrated.
 */
public final class Scorer {

    /** Relation list name and its object field, in score.py's order. */
    private static final Map<String, String> RELATIONS = new LinkedHashMap<>();

    static {
        RELATIONS.put("evaluatedOn", "dataset");
        RELATIONS.put("improves", "metric");
        RELATIONS.put("extends", "base");
        RELATIONS.put("outperforms", "baseline");
        RELATIONS.put("tasks", "task");
    }

    /** One predicted item (after de-duplication), whether it matched gold, and its stated confidence. */
    public record Judged(String relation, JsonNode item, boolean correct) {

        public double confidence() {
            JsonNode c = item.get("confidence");
            return c != null && c.isNumber() ? c.asDouble() : Double.NaN;
        }
    }

    /** The figures per relation ("proposes", "proposes.method", "improves.strict", ...), value accuracy, judged items. */
    public record Result(Map<String, Figures> figures, int valuesRight, int valuesOf, int papers, List<Judged> judged) {

        public double valueShare() {
            return valuesOf == 0 ? 0.0 : Figures.round((double) valuesRight / valuesOf);
        }
    }

    private Scorer() {
    }

    public static Result score(List<JsonNode> golds, List<JsonNode> preds) {
        Map<String, JsonNode> byKey = new HashMap<>();
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode p : preds) {
            byKey.put(key(p), p);
            byTitle.put(String.join("-", NameMatch.words(text(p, "title"))), p);
        }
        Map<String, int[]> tallies = new TreeMap<>();
        List<Judged> judged = new ArrayList<>();
        int[] values = new int[2];
        for (JsonNode gold : golds) {
            JsonNode pred = byKey.get(key(gold));
            if (pred == null || pred.isEmpty()) {
                pred = byTitle.get(String.join("-", NameMatch.words(text(gold, "title"))));
            }
            if (pred == null) {
                pred = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            scoreProposes(gold, pred, tallies, judged);
            for (Map.Entry<String, String> rel : RELATIONS.entrySet()) {
                scoreRelation(gold, pred, rel.getKey(), rel.getValue(), tallies, judged, values);
            }
        }
        Map<String, Figures> figures = new TreeMap<>();
        tallies.forEach((k, t) -> figures.put(k, new Figures(t[0], t[1], t[2])));
        return new Result(figures, values[0], values[1], golds.size(), judged);
    }

    private static void scoreProposes(JsonNode gold, JsonNode pred, Map<String, int[]> tallies, List<Judged> judged) {
        for (String label : List.of("proposes", "proposes.method")) {
            boolean methodsOnly = label.equals("proposes.method");
            List<JsonNode> gp = new ArrayList<>();
            for (JsonNode x : list(gold, "proposes")) {
                if (!methodsOnly || "method".equals(x.has("kind") ? textOrNull(x.get("kind")) : "method")) {
                    gp.add(x);
                }
            }
            List<JsonNode> pp = new ArrayList<>();
            for (JsonNode x : list(pred, "proposes")) {
                String kind = textOrNull(x.get("kind"));
                if (!methodsOnly || "method".equals(kind == null || kind.isEmpty() ? "method" : kind)) {
                    pp.add(x);
                }
            }
            pp = dedupe(pp, x -> joined(text(x, "name")));
            List<JsonNode[]> pairs = greedy(gp, pp, (g, p) -> matches(text(p, "name"), concat(text(g, "name"), strings(g, "aliases"))));
            add(tallies, label, gp.size(), pp.size(), pairs.size());
            if (!methodsOnly) {
                judge(judged, label, pp, pairs);
            }
        }
    }

    private static void scoreRelation(JsonNode gold, JsonNode pred, String rel, String obj, Map<String, int[]> tallies,
                                      List<Judged> judged, int[] values) {
        record GoldPair(List<String> methods, List<String> objects, JsonNode item) {
        }
        List<GoldPair> g = new ArrayList<>();
        for (JsonNode x : list(gold, rel)) {
            g.add(new GoldPair(methodNames(gold, text(x, "method")), concat(text(x, obj), strings(x, "aliases")), x));
        }
        g = dedupe(g, t -> joined(t.methods().get(0)) + "\u0000" + joined(t.objects().get(0)));
        List<JsonNode> p = dedupe(list(pred, rel), x -> joined(text(x, "method")) + "\u0000" + joined(text(x, obj)));
        List<GoldPair> golds = g;
        List<Object[]> pairs = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (JsonNode pp : p) {
            for (int gi = 0; gi < golds.size(); gi++) {
                GoldPair gg = golds.get(gi);
                if (!used.contains(gi) && matches(text(pp, "method"), gg.methods()) && matches(text(pp, obj), gg.objects())) {
                    used.add(gi);
                    pairs.add(new Object[]{gg, pp});
                    break;
                }
            }
        }
        add(tallies, rel + ".strict", g.size(), p.size(), pairs.size());
        Set<JsonNode> hit = new HashSet<>();
        pairs.forEach(pair -> hit.add((JsonNode) pair[1]));
        for (JsonNode pp : p) {
            judged.add(new Judged(rel, pp, hit.stream().anyMatch(h -> h == pp)));
        }
        List<List<String>> go = dedupe(g.stream().map(GoldPair::objects).toList(), names -> joined(names.get(0)));
        List<String> po = dedupe(p.stream().map(x -> text(x, obj)).toList(), Scorer::joined);
        int objectPairs = greedy(go, po, (names, n) -> matches(n, names)).size();
        add(tallies, rel + ".object", go.size(), po.size(), objectPairs);
        if (rel.equals("improves")) {
            for (Object[] pair : pairs) {
                JsonNode want = ((GoldPair) pair[0]).item().get("value");
                if (truthy(want)) {
                    values[1]++;
                    JsonNode have = ((JsonNode) pair[1]).get("value");
                    if (truthy(have) && digits(have).equals(digits(want))) {
                        values[0]++;
                    }
                }
            }
        }
    }

    /** The gold method's name and all aliases of the proposal it refers to. */
    private static List<String> methodNames(JsonNode gold, String method) {
        List<String> names = new ArrayList<>();
        names.add(method);
        for (JsonNode p : list(gold, "proposes")) {
            if (NameMatch.same(text(p, "name"), method) || matches(method, strings(p, "aliases"))) {
                names.add(text(p, "name"));
                names.addAll(strings(p, "aliases"));
            }
        }
        return names;
    }

    /** Whether a name matches one of the names (a name and its aliases), as score.py matches them. */
    static boolean matches(String name, List<String> names) {
        for (String n : names) {
            if (n != null && !n.isEmpty() && NameMatch.same(name, n)) {
                return true;
            }
        }
        return false;
    }

    /** One-to-one matching in prediction order; returns the (gold, predicted) pairs. */
    private static <G, P> List<JsonNode[]> greedy(List<G> golds, List<P> preds, BiPredicate<G, P> ok) {
        List<JsonNode[]> pairs = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (P p : preds) {
            for (int gi = 0; gi < golds.size(); gi++) {
                if (!used.contains(gi) && ok.test(golds.get(gi), p)) {
                    used.add(gi);
                    pairs.add(new JsonNode[]{asNode(golds.get(gi)), asNode(p)});
                    break;
                }
            }
        }
        return pairs;
    }

    private static JsonNode asNode(Object o) {
        return o instanceof JsonNode n ? n : null;
    }

    private static void judge(List<Judged> judged, String relation, List<JsonNode> items, List<JsonNode[]> pairs) {
        for (JsonNode item : items) {
            judged.add(new Judged(relation, item, pairs.stream().anyMatch(pair -> pair[1] == item)));
        }
    }

    private static <T> List<T> dedupe(List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T it : items) {
            if (seen.add(key.apply(it))) {
                out.add(it);
            }
        }
        return out;
    }

    private static void add(Map<String, int[]> tallies, String name, int gold, int pred, int tp) {
        int[] t = tallies.computeIfAbsent(name, k -> new int[3]);
        t[0] += tp;
        t[1] += pred - tp;
        t[2] += gold - tp;
    }

    private static String key(JsonNode rec) {
        String id = textOrNull(rec.get("id"));
        return id != null && !id.isEmpty() ? id : String.join("-", NameMatch.words(text(rec, "title")));
    }

    private static String joined(String s) {
        return String.join("", NameMatch.words(s));
    }

    private static String digits(JsonNode v) {
        return (v.isTextual() ? v.asText() : v.toString()).replaceAll("[^\\d.]", "");
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return !v.isEmpty();
    }

    private static List<JsonNode> list(JsonNode rec, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode arr = rec.get(field);
        if (arr != null && arr.isArray()) {
            arr.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode rec, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(rec, field)) {
            out.add(textOrNull(n));
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** A string field, "" when absent or null (score.py's {@code x.get(f, '') or ''}). */
    private static String text(JsonNode rec, String field) {
        String s = textOrNull(rec.get(field));
        return s == null ? "" : s;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.isTextual() ? n.asText() : n.toString();
    }
}
