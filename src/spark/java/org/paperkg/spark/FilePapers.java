package org.paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.apache.spark.input.PortableDataStream;
import org.paperkg.input.PaperReader;
import org.paperkg.input.Rejection;
import org.paperkg.input.ReadSummary;

import scala.Tuple2;

/**
 * The papers of one input file, read by paperkg's own readers (so every input format and
 * every rule of {@code paperkg ingest} applies), keyed for deduplication. The file is first
 * copied to local disk under its own name, whatever file system it came from; the copy is
 * deleted once the papers are read.
 */
final class FilePapers implements Iterator<Tuple2<String, PaperRow>> {

    private final int fileIndex;
    private final Path dir;
    private final PaperReader reader;
    private final Consumer<ReadSummary> onDone;
    private long index;
    private boolean closed;

    private FilePapers(int fileIndex, Path dir, PaperReader reader, Consumer<ReadSummary> onDone) {
        this.fileIndex = fileIndex;
        this.dir = dir;
        this.reader = reader;
        this.onDone = onDone;
    }

    static FilePapers open(String name, int fileIndex, PortableDataStream stream, Consumer<Rejection> rejections,
                           Consumer<ReadSummary> onDone) {
        try {
            Path dir = Files.createTempDirectory("paperkg-spark");
            Path local = dir.resolve(name);
            try (InputStream in = stream.open()) {
                Files.copy(in, local);
            }
            return new FilePapers(fileIndex, dir, PaperReader.open(List.of(local), rejections), onDone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + name + " to local disk: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (reader.hasNext()) {
            return true;
        }
        close();
        return false;
    }

    @Override
    public Tuple2<String, PaperRow> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var paper = reader.next();
        return new Tuple2<>(paper.key(), PaperRow.of(paper, fileIndex, index++));
    }

    private void close() {
        closed = true;
        onDone.accept(reader.summary());
        reader.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            // a temporary copy left behind costs disk space, not correctness
        }
    }
}
