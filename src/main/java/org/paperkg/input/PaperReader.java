package org.paperkg.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.paperkg.model.Names;
import org.paperkg.model.Paper;

/**
 * Pulls papers from input files one at a time, in file order, each paper once. The same paper
 * (same {@link Paper#key()}, same title and abstract) read again, in any file, is merged and
 * counted as a duplicate; the same key with a different title or abstract is rejected, naming
 * where the first was read. Bad records and unreadable files go to the rejection consumer and
 * reading goes on. Close it (or the {@link #stream()}) when done.
 * <pre>
 * try (PaperReader reader = PaperReader.open(files, r -> err.println(r.message()))) {
 *     reader.forEachRemaining(extractor::extract);
 *     out.println(reader.summary());
 * }
 * </pre>
 */
public final class PaperReader implements Iterator<Paper>, AutoCloseable {

    private static final int LINE_BITS = 40;

    private final List<Path> files;
    private final List<String> names = new ArrayList<>();
    private final Consumer<Rejection> rejections;
    private final SeenPapers seen = new SeenPapers();
    private final LongAdder bytesRead = new LongAdder();
    private int fileIndex = -1;
    private RecordSource source;
    private long itemsInFile;
    private Paper next;
    private long read;
    private long duplicates;
    private long rejected;

    private PaperReader(List<Path> files, Consumer<Rejection> rejections) {
        this.files = List.copyOf(files);
        this.rejections = rejections;
        for (Path file : this.files) {
            names.add(InputFiles.displayName(file));
        }
        if (this.files.size() >= 1 << (Long.SIZE - LINE_BITS - 1)) {
            throw new IllegalArgumentException("too many input files: " + this.files.size());
        }
    }

    /**
     * A reader over {@code files}: .txt listing dumps, JSON Lines, JSON arrays, optionally
     * gzipped; "-" reads standard input.
     */
    public static PaperReader open(List<Path> files, Consumer<Rejection> rejections) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(rejections, "rejections");
        return new PaperReader(files, rejections);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Paper paper = next;
        next = null;
        return paper;
    }

    /** The papers as a sequential stream that closes this reader when closed. */
    public Stream<Paper> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Counts so far; final once {@link #hasNext()} has returned false. */
    public ReadSummary summary() {
        return new ReadSummary(read, duplicates, rejected);
    }

    /**
     * Bytes taken from the input files so far (compressed bytes for gzip, read ahead by a
     * buffer): with {@link PaperInputs#totalBytes} it gives the progress of a long read.
     */
    public long bytesRead() {
        return bytesRead.sum();
    }

    private Paper advance() {
        while (true) {
            if (source == null && !openNextFile()) {
                return null;
            }
            Item item;
            try {
                item = source.next();
            } catch (IOException e) {
                reject(0, null, "read error after " + itemsInFile + " records: " + e.getMessage()
                        + "; the rest of the file is not read");
                closeSource();
                continue;
            }
            if (item == null) {
                if (itemsInFile == 0) {
                    reject(0, null, "no papers found");
                }
                closeSource();
                continue;
            }
            itemsInFile++;
            if (item instanceof Item.Bad bad) {
                reject(bad.line(), bad.record(), bad.reason());
            } else if (item instanceof Item.Found found) {
                Paper paper = checkSeen(found);
                if (paper != null) {
                    read++;
                    return paper;
                }
            }
        }
    }

    /** The paper if it is new; null after counting a duplicate or rejecting a conflict. */
    private Paper checkSeen(Item.Found found) {
        Paper paper = found.paper();
        String content = Names.titleKey(paper.title()) + "\n" + paper.abstractText();
        long place = ((long) fileIndex << LINE_BITS) | Math.min(found.line(), (1L << LINE_BITS) - 1);
        switch (seen.add(paper.key(), content, place)) {
            case NEW:
                return paper;
            case SAME:
                duplicates++;
                return null;
            default:
                long first = seen.previousPlace();
                String where = names.get((int) (first >>> LINE_BITS)) + ":" + (first & ((1L << LINE_BITS) - 1));
                String what = paper.id() != null && !paper.id().isBlank()
                        ? "id " + paper.id() + " was already read from " + where
                        + " with a different title or abstract"
                        : "title " + PaperCheck.quote(paper.title()) + " was already read from " + where
                        + " with a different abstract";
                reject(found.line(), null, what + "; the first is kept");
                return null;
        }
    }

    private boolean openNextFile() {
        while (fileIndex + 1 < files.size()) {
            fileIndex++;
            itemsInFile = 0;
            try {
                source = InputFiles.open(files.get(fileIndex), bytesRead);
                return true;
            } catch (InputFiles.UnreadableFileException e) {
                reject(0, null, e.getMessage());
            } catch (IOException e) {
                reject(0, null, "cannot be read: " + e.getMessage());
            }
        }
        return false;
    }

    private void reject(long line, String record, String reason) {
        rejected++;
        rejections.accept(new Rejection(names.get(fileIndex), line, record, reason));
    }

    private void closeSource() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                // nothing was written; a failed close of an input loses nothing
            }
            source = null;
        }
    }

    @Override
    public void close() {
        closeSource();
        fileIndex = files.size();
    }
}
