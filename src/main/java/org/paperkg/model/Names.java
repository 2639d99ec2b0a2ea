package org.paperkg.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of names and titles into identity keys. */
public final class Names {

    // Compiled once: names are normalised for every entity of every statement stored.
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}_\\s/]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}&&[^+#]]+|[\\p{Punct}&&[^+#]]+$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Names() {
    }

    /**
     * The key two surface forms of one entity share: case, hyphen/space/underscore and a final
     * plural "s" do not matter; "++", "v2" and "-L" suffixes do ("NeRV++" is not "NeRV").
     */
    public static String entityKey(String name) {
        String raw = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String s = SEPARATORS.matcher(raw).replaceAll("-");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        int lastDash = s.lastIndexOf('-');
        String last = s.substring(lastDash + 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && last.chars().allMatch(Character::isLetter)) {
            s = s.substring(0, s.length() - 1);
        }
        // A name of punctuation only keeps its own identity rather than an empty key.
        return s.isEmpty() ? raw : s;
    }

    /** A paper key from its title: lower-case letters and digits, words joined by hyphens. */
    public static String titleKey(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return EDGE_HYPHENS.matcher(NON_WORD.matcher(s).replaceAll("-")).replaceAll("");
    }
}
