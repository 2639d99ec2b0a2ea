package org.paperkg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.model.Paper;

/**
 * A paper as Spark moves it between machines, with its place in the input: the file's position
 * among the inputs and the paper's position in the file. Of papers with one key, the first
 * place wins, as in {@code paperkg ingest}.
 */
record PaperRow(long place, String id, String title, String abstractText, ArrayList<String> authors, String date,
                String url, ArrayList<String> categories, String source) implements Serializable {

    /** Room for 2^40 papers per file. */
    private static final int PAPER_BITS = 40;

    static PaperRow of(Paper p, int fileIndex, long paperIndex) {
        return new PaperRow(((long) fileIndex << PAPER_BITS) | paperIndex, p.id(), p.title(), p.abstractText(),
                new ArrayList<>(p.authors()), p.date(), p.url(), new ArrayList<>(p.categories()), p.source());
    }

    Paper paper() {
        return new Paper(id, title, abstractText, List.copyOf(authors), date, url, List.copyOf(categories), source);
    }

    static PaperRow first(PaperRow a, PaperRow b) {
        return a.place <= b.place ? a : b;
    }
}
