package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Entity;
import org.paperkg.model.Evidence;
import org.paperkg.model.Kind;

/** An entity found in the text, with the sentence and rule that found it; aliases grow as forms are merged. */
final class Found {

    final String name;
    final Kind kind;
    final boolean named;
    final Set<String> aliases = new LinkedHashSet<>();
    final Evidence evidence;
    final Rule rule;

    Found(String name, Kind kind, boolean named, Evidence evidence, Rule rule) {
        this.name = name;
        this.kind = kind;
        this.named = named;
        this.evidence = evidence;
        this.rule = rule;
    }

    Found alias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equals(name)) {
            aliases.add(alias);
        }
        return this;
    }

    /** All surface forms: the name and its aliases. */
    List<String> forms() {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases);
        return out;
    }

    boolean isCalled(String other) {
        for (String form : forms()) {
            if (NameMatch.key(form).equals(NameMatch.key(other))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of this entity's forms occurs in the text as a whole word. */
    boolean isCalledIn(String text) {
        return firstIndexIn(text) >= 0;
    }

    /** Where one of this entity's forms first occurs in the text as a whole word, or -1. */
    int firstIndexIn(String text) {
        int first = -1;
        for (String form : forms()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form)
                    + "s?(?![\\p{L}\\p{N}+\\-])").matcher(text);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    Entity entity() {
        return new Entity(name, kind, List.copyOf(aliases), named);
    }

    @Override
    public String toString() {
        return name + aliases + "/" + kind + "/" + rule;
    }
}
