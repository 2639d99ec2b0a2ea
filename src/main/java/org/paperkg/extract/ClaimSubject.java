package org.paperkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;

/**
 * Which proposed method a sentence's claim is about: one it names, else the main method when the
 * sentence speaks of "we", "our model", "it", "the proposed method"; null when another named
 * method is the subject.
 */
final class ClaimSubject {

    /** The method and how sure the attribution is (1 when named, lower when by reference). */
    record Attribution(Found method, double certainty) {
    }

    private static final Pattern OURS = Pattern.compile(
            "\\b(?:we|our|ours|it|its|the proposed|this (?:method|model|approach|framework|architecture|design|system|technique|module))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(?:The\\s+)?([\\p{L}][\\p{L}\\p{N}+\\-.]*)");

    private final List<Found> methods;

    ClaimSubject(List<Found> proposals) {
        this.methods = proposals.stream().filter(f -> f.kind == Kind.METHOD).toList();
    }

    Found main() {
        return methods.isEmpty() ? null : methods.get(0);
    }

    boolean isProposed(String name) {
        return methods.stream().anyMatch(f -> f.isCalled(name));
    }

    Attribution of(Sentence s) {
        if (methods.isEmpty()) {
            return null;
        }
        Found named = null;
        int at = Integer.MAX_VALUE;
        for (Found f : methods) {
            for (String form : f.forms()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}+\\-])").matcher(s.text());
                if (m.find() && m.start() < at) {
                    at = m.start();
                    named = f;
                }
            }
        }
        if (named != null) {
            return new Attribution(named, 1.0);
        }
        Matcher lead = LEADING_NAME.matcher(s.text());
        if (lead.find() && NameShape.isNameLike(lead.group(1))) {
            return null;
        }
        if (OURS.matcher(s.text()).find()) {
            return new Attribution(main(), 0.9);
        }
        return new Attribution(main(), 0.7);
    }
}
