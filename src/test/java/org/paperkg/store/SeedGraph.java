package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.paperkg.extract.TestExtractors;
import org.paperkg.ingest.Ingestor;
import org.paperkg.input.PaperInputs;
import org.paperkg.model.Paper;
import org.paperkg.query.Page;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.SavedQuery;

/** The real seed graph (305 papers ingested from ../shared/seeds) and what store tests read from it. */
final class SeedGraph {

    static final Path SEEDS = Path.of("../shared/seeds");

    private SeedGraph() {
    }

    static boolean available() {
        return Files.isDirectory(SEEDS);
    }

    /** An in-memory store with the seed papers ingested; each paper read is handed to {@code read} too. */
    static PaperStore ingest(Consumer<Paper> read) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        PaperStore store = PaperStore.inMemory();
        try (Ingestor ingestor = new Ingestor(store, TestExtractors.shared()::extract, 2, false, p -> { }, () -> { })) {
            PaperInputs.read(files, p -> {
                read.accept(p);
                ingestor.accept(p);
            }, r -> { });
            assertThat(ingestor.finish().stored()).isEqualTo(305);
        }
        return store;
    }

    /** A copy of every paper graph of a store, to store again. */
    static List<PaperGraph> paperGraphs(PaperStore store) {
        List<PaperGraph> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
            Model m = ModelFactory.createDefaultModel();
            store.datasetGraph().getGraph(g).find().forEachRemaining(m.getGraph()::add);
            String key = m.listObjectsOfProperty(DCTerms.identifier).next().asLiteral().getString();
            out.add(new PaperGraph(key, m));
        }));
        assertThat(out).hasSize(305);
        return out;
    }

    /** A query's rows, each variable's literal lexical form or term. */
    static List<Map<String, String>> rows(PaperStore store, SavedQuery query, Map<String, String> params, Page page) {
        return QueryRunner.select(store.dataset(), query, params, QueryRunner.Limits.NONE, page).stream()
                .map(b -> {
                    Map<String, String> row = new TreeMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v).isLiteral()
                            ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
                    return row;
                }).toList();
    }

    /** A text from the test resources. */
    static String resource(String path) {
        try (InputStream in = SeedGraph.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
