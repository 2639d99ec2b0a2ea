package org.paperkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two surface forms name the same thing: equal after normalisation, or one's words
 * contain the other's and cover two thirds of them (the rule the gold scorer uses:
 * {@code norm} and {@code same} of score.py, ported).
 */
public final class NameMatch {

    private NameMatch() {
    }

    public static List<String> words(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\u2010-\\u2015_/\\-]", " ");
        t = t.replaceAll("(?U)[^\\w\\s+.]", " ");
        t = t.replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.strip().split("(?U)\\s+")) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
                out.add(w);
            }
        }
        if (!out.isEmpty()) {
            String last = out.get(out.size() - 1);
            if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
                out.set(out.size() - 1, last.substring(0, last.length() - 1));
            }
        }
        return out;
    }

    /** The identity of a surface form: its normalised words joined. */
    public static String key(String s) {
        return String.join("", words(s));
    }

    public static boolean same(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (String.join("", wa).equals(String.join("", wb))) {
            return true;
        }
        Set<String> sa = new HashSet<>(wa);
        Set<String> sb = new HashSet<>(wb);
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> large = small == sa ? sb : sa;
        return large.containsAll(small) && 3 * small.size() >= 2 * large.size();
    }
}
