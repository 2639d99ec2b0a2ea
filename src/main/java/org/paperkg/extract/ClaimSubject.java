package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;

/**
 * Which proposed methods a sentence's claim is about: those it names before the claim verb, else
 * the main method when the sentence speaks of "we", "our model", "it", "the proposed method".
 * Nobody when another named method is the subject, or when the sentence is background that comes
 * before the paper introduces anything.
 */
final class ClaimSubject {

    /** A method and how sure the attribution is (1 when named, lower when by reference). */
    record Attribution(Found method, double certainty) {
    }

    private static final Pattern OURS = Pattern.compile(
            "\\b(?:we|our|ours|it|its|the proposed|this (?:method|model|approach|framework|architecture|design|system|technique|module))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(?:The\\s+)?([\\p{L}][\\p{L}\\p{N}+\\-.]*)");
    private static final Pattern BACKGROUND = Pattern.compile(
            "^\\s*(?:However|While|Although|Though|Existing|Previous|Prior|Current|Recent|Traditional|Conventional|Most|Many|Despite)\\b");

    private static final Pattern OTHERS = Pattern.compile(
            "\\b(?:existing|previous|prior|current|traditional|conventional|other|these|those|such|many|most|some|recent|baselines?|"
                    + "they|their|state-of-the-art|SOTA)\\b", Pattern.CASE_INSENSITIVE);

    /** "Extensive experiments ... demonstrate": the subject reports, it is not what the claim is about. */
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:experiments?|results?|evaluations?|analys[ie]s|stud(?:y|ies)|tests?|comparisons?|ablations?|findings?|"
                    + "simulations?|benchmarks?|observations?)\\b", Pattern.CASE_INSENSITIVE);

    private static final double UNNAMED_CUE_CERTAINTY = 0.8;

    private final List<Found> methods;
    private final int introducedAt;
    private final TextAnalyzer analyzer;
    /** Names the abstract uses before it introduces its own contribution: other people's methods. */
    private final Set<String> earlier = new HashSet<>();

    ClaimSubject(List<Found> proposals, List<Sentence> sentences, String title, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        List<Found> ms = new ArrayList<>(proposals.stream().filter(f -> f.kind == Kind.METHOD).toList());
        if (!ms.isEmpty() && ms.get(0).rule != Rule.TITLE_NAME) {
            Found best = ms.stream().max(Comparator.comparingInt(f -> overlap(f, title))).get();
            if (overlap(best, title) > overlap(ms.get(0), title)) {
                ms.remove(best);
                ms.add(0, best);
            }
        }
        this.methods = List.copyOf(ms);
        for (Sentence s : sentences) {
            if (s.begin() < introducedAtOf(sentences)) {
                for (Token t : s.tokens()) {
                    if (NameShape.isNameLike(t.word()) && methods.stream().noneMatch(f -> f.isCalledIn(t.word()))) {
                        earlier.add(t.word());
                    }
                }
            }
        }
        this.introducedAt = introducedAtOf(sentences);
    }

    /** "FlexiBERT-Large" of a proposed FlexiBERT: a size or variant of it. */
    private Found variantOf(String name) {
        for (Found f : methods) {
            for (String form : f.forms()) {
                if (name.length() > form.length() + 1 && name.startsWith(form) && "-_ ".indexOf(name.charAt(form.length())) >= 0) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Where the abstract starts speaking of its own contribution: the first proposal cue or proposal name. */
    private int introducedAtOf(List<Sentence> sentences) {
        return sentences.stream()
                .filter(s -> activeCue(s) || methods.stream().anyMatch(f -> f.isCalledIn(s.text())))
                .mapToInt(Sentence::begin).min().orElse(0);
    }

    /** "we propose ...", or "A new X is proposed"; not "when modifications are introduced". */
    private static boolean activeCue(Sentence s) {
        Matcher cue = ProposalFinder.CUE.matcher(s.text());
        return cue.find() && (!cue.group().matches("(?i)(?:is|are|was|were) .*") || s.text().matches("(?s)^\\s*(?:A|An|We|This|Our)\\b.*"))
                // "We will release our checkpoints": a closing promise of code or weights introduces nothing
                && !ProposalFinder.releasesArtefacts(s.text(), cue.end());
    }

    /** How many content words the sentence introducing a proposal shares with the title: the title names the main contribution. */
    private static int overlap(Found f, String title) {
        Set<String> t = new HashSet<>(NameMatch.words(title.replaceAll("-", " ")));
        Set<String> e = new HashSet<>(NameMatch.words(f.evidence.sentence().replaceAll("-", " ")));
        t.removeIf(w -> w.length() < 4);
        t.retainAll(e);
        return f.isCalledIn(title) ? 100 : t.size();
    }

    /** Where the paper starts speaking of its own contribution. */
    int introducedAt() {
        return introducedAt;
    }

    Found main() {
        return methods.isEmpty() ? null : methods.get(0);
    }

    boolean isProposed(String name) {
        return methods.stream().anyMatch(f -> f.isCalled(name));
    }

    /** The main method, less certain when it is only a phrase after the proposal cue (its name may not be the reader's). */
    private Attribution byReference(double certainty) {
        return new Attribution(main(), main().rule == Rule.CUE_PHRASE ? certainty * UNNAMED_CUE_CERTAINTY : certainty);
    }

    /**
     * The method a claim at an offset is about when a later clause names another proposal:
     * in "mmMamba-linear demonstrates 20.6x speedup ..., while mmMamba-hybrid achieves 13.5x speedup"
     * the second speedup is mmMamba-hybrid's. Otherwise the sentence's attribution.
     */
    List<Attribution> atClaim(Sentence s, int claimAt, List<Attribution> sentence) {
        Matcher boundary = CLAUSE_BOUNDARY.matcher(s.text());
        int clause = -1;
        while (boundary.find() && boundary.end() <= claimAt) {
            clause = boundary.end();
        }
        if (clause < 0) {
            return sentence;
        }
        Found named = firstNamedIn(s.text().substring(clause, claimAt));
        return named == null ? sentence : List.of(new Attribution(named, 1.0));
    }

    /** The proposal a text names first, or null. */
    private Found firstNamedIn(String text) {
        Found named = null;
        int first = Integer.MAX_VALUE;
        for (Found f : methods) {
            int at = f.firstIndexIn(text);
            if (at >= 0 && at < first) {
                first = at;
                named = f;
            }
        }
        return named;
    }

    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",\\s*(?:while|whereas)\\s+|;\\s+|\\bwhile\\s+");

    /** The methods the sentence's claim is about; empty when it is about something else. */
    List<Attribution> of(Sentence s) {
        List<Attribution> out = new ArrayList<>();
        if (methods.isEmpty()) {
            return out;
        }
        Matcher verb = ImprovementFinder.CLAIM_CUE.matcher(s.text());
        int verbAt = verb.find() ? verb.start() : s.text().length();
        for (Found f : methods) {
            int at = f.firstIndexIn(s.text());
            if (at >= 0 && at < verbAt) {
                out.add(new Attribution(f, 1.0));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (verbAt < s.text().length()) {
            String subject = ClaimParse.subjectOf(analyzer.dependencies(s), s, verbAt);
            if (subject != null && !REPORTING.matcher(subject).find()) {
                for (Found f : methods) {
                    if (f.isCalledIn(subject)) {
                        out.add(new Attribution(f, 1.0));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
                if (OURS.matcher(subject).find()) {
                    out.add(byReference(0.9));
                    return out;
                }
                for (String word : subject.split("[\\s,]+")) {
                    Found variant = NameShape.isNameLike(word) ? variantOf(word) : null;
                    if (variant != null) {
                        out.add(new Attribution(variant, 0.9));
                        return out;
                    }
                }
                if (OTHERS.matcher(subject).find() || Arrays.stream(subject.split("[\\s,]+")).anyMatch(earlier::contains)) {
                    return out;
                }
            }
        }
        Found named = firstNamedIn(s.text());
        if (named != null) {
            out.add(new Attribution(named, 0.9));
            return out;
        }
        Matcher lead = LEADING_NAME.matcher(s.text());
        if (lead.find() && NameShape.isNameLike(lead.group(1))) {
            Found variantOf = variantOf(lead.group(1));
            if (variantOf != null) {
                out.add(new Attribution(variantOf, 0.9));
            }
            return out;
        }
        boolean ours = OURS.matcher(s.text()).find();
        boolean background = s.begin() < introducedAt || BACKGROUND.matcher(s.text()).find();
        if (ours && !(background && s.begin() < introducedAt)) {
            out.add(byReference(0.9));
        } else if (!background) {
            out.add(byReference(0.7));
        }
        return out;
    }
}
