package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;

/**
 * Known names of one kind (datasets, metrics) with their variants, read from a classpath list:
 * finds them in text and maps each variant to its canonical name.
 */
final class Gazetteer {

    /** A gazetteer name found in a text; ambiguous names are also common words ("Weather", "MATH"). */
    record Hit(String surface, String canonical, int begin, int end, boolean ambiguous) {
    }

    private final Kind kind;
    private final Pattern pattern;
    private final Map<String, String> canonical;
    private final Set<String> ambiguous;
    /** Canonical names reported for all their variants (lines marked '='). */
    private final Set<String> reportedAsCanonical;

    private Gazetteer(Kind kind, Pattern pattern, Map<String, String> canonical, Set<String> ambiguous, Set<String> reportedAsCanonical) {
        this.kind = kind;
        this.pattern = pattern;
        this.canonical = canonical;
        this.ambiguous = ambiguous;
        this.reportedAsCanonical = reportedAsCanonical;
    }

    /**
     * Loads {@code org/paperkg/extract/<resource>}: lines "canonical | variant | ...", '#' comments,
     * a leading '?' marks a name that is also a common word, a leading '=' a quantity whose variants are
     * all reported under its canonical name. With {@code allowDigitBefore} (metrics:
     * "50.4AP") a name may also be written in the plural.
     */
    static Gazetteer load(Kind kind, String resource, boolean allowDigitBefore) {
        Map<String, String> canonical = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> reported = new HashSet<>();
        List<String> variants = new ArrayList<>();
        for (String line : lines(resource)) {
            boolean common = line.startsWith("?");
            boolean normalised = line.startsWith("=");
            String[] names = (common || normalised ? line.substring(1) : line).split("\\s*\\|\\s*");
            if (normalised) {
                reported.add(names[0]);
            }
            if (common) {
                for (String name : names) {
                    ambiguous.add(key(name));
                }
            }
            for (String name : names) {
                canonical.putIfAbsent(key(name), names[0]);
                variants.add(name);
            }
        }
        variants.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String v : variants) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            String body = flexible(v);
            boolean lower = v.equals(v.toLowerCase(Locale.ROOT));
            alternation.append(lower ? "(?i:" + body + ")" : body);
        }
        String before = allowDigitBefore ? "(?<![\\p{L}\\-])" : "(?<![\\p{L}\\p{N}\\-])";
        // metrics are also written in the plural ("mean opinion scores"); dataset names never are
        String plural = allowDigitBefore ? "(?:(?<=\\p{Ll})s)?" : "";
        Pattern p = Pattern.compile(before + "(?:" + alternation + ")" + plural + "(?![\\p{L}\\p{N}+]|-\\p{L})");
        return new Gazetteer(kind, p, canonical, ambiguous, reported);
    }

    Kind kind() {
        return kind;
    }

    /** The listed names a text holds that are no common words too: a mention wherever they stand. */
    List<Hit> findUnambiguous(String text) {
        return find(text).stream().filter(h -> !h.ambiguous()).toList();
    }

    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = canonical.containsKey(key(m.group())) ? m.group() : m.group().substring(0, m.group().length() - 1);
            hits.add(new Hit(name, canonicalOf(name), m.start(), m.start() + name.length(), ambiguous.contains(key(name))));
        }
        return hits;
    }

    boolean contains(String name) {
        return canonical.containsKey(key(name)) && !ambiguous.contains(key(name));
    }

    /**
     * The name to report a found variant under: its canonical name on a '=' line or when it differs from
     * the canonical name only in case, spaces and hyphens; else the variant as written.
     */
    String reported(String surface) {
        String c = canonicalOf(surface);
        // "speed up" and "Speed-Up" are the canonical "speed-up" written differently: one label for one entity
        return reportedAsCanonical.contains(c) || key(c).equals(key(surface)) || isPluralOf(key(surface), key(c)) ? c : surface;
    }

    /** A listed name in the plural: "accuracies" of accuracy, "scores" of score. */
    private static boolean isPluralOf(String plural, String singular) {
        return plural.equals(singular + "s") || plural.equals(singular + "es")
                || singular.endsWith("y") && plural.equals(singular.substring(0, singular.length() - 1) + "ies");
    }

    /** The canonical name of a variant, or the name itself when it is not listed. */
    String canonicalOf(String name) {
        return canonical.getOrDefault(key(name), name);
    }

    /** How listed names are compared: case, spaces and hyphens do not count ("ADE20k" = "ADE20K", "Cifar10" = "CIFAR-10"). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "");
    }

    /**
     * A variant as a regex in which hyphens and spaces match each other (or nothing), and a word's
     * camel-case joint may be written apart: "ScienceQA" is also "Science QA", "HumanEval" "Human-Eval".
     */
    private static String flexible(String variant) {
        StringBuilder out = new StringBuilder();
        boolean afterWord = false;
        for (String part : variant.split("(?<=[\\s\\-])|(?=[\\s\\-])|(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{L})")) {
            boolean separator = part.equals(" ") || part.equals("-");
            if (separator || afterWord) {
                out.append("[\\s\\-]?");
            }
            if (!separator) {
                out.append(Pattern.quote(part));
            }
            afterWord = !separator;
        }
        return out.toString();
    }

    static List<String> lines(String resource) {
        String path = "/org/paperkg/extract/" + resource;
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
