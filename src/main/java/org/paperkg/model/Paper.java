package org.paperkg.model;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from an input file: what the extractor works on.
 *
 * @param id         the id given by the input, or null; {@link #key()} is the identity to use
 * @param title      the title, never blank
 * @param abstractText the abstract, never blank
 * @param authors    author names, possibly empty
 * @param date       a date or year as written, or null
 * @param url        a link to the paper, or null
 * @param categories subject categories (arXiv), possibly empty
 * @param source     where it was read, "file:line", for messages
 */
public record Paper(String id, String title, String abstractText, List<String> authors,
                    String date, String url, List<String> categories, String source) {

    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A paper with just a title and an abstract (tests, text dumps). */
    public static Paper of(String title, String abstractText) {
        return new Paper(null, title, abstractText, List.of(), null, null, List.of(), null);
    }

    /** Paper identity: the given id when there is one, else the normalised title. */
    public String key() {
        return id != null && !id.isBlank() ? id.strip() : Names.titleKey(title);
    }
}
