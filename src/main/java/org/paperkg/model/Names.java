package org.paperkg.model;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of names and titles into identity keys. */
public final class Names {

    private Names() {
    }

    /**
     * The key two surface forms of one entity share: case, hyphen/space/underscore and a final
     * plural "s" do not matter; "++", "v2" and "-L" suffixes do ("NeRV++" is not "NeRV").
     */
    public static String entityKey(String name) {
        String raw = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String s = raw.replaceAll("[\\p{Pd}_\\s/]+", "-");
        s = s.replaceAll("^[\\p{Punct}&&[^+#]]+|[\\p{Punct}&&[^+#]]+$", "");
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
        return s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
