package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.paperkg.evaluate.ConllReader;
import org.paperkg.evaluate.Figures;
import org.paperkg.evaluate.MentionScorer;
import org.paperkg.evaluate.SciercReader;
import org.paperkg.evaluate.TaggedSentence;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.OrderedExtraction;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperkg evaluate-mentions FILE}: how well datasets, metrics and tasks are recognised in annotated text. */
@Command(name = "evaluate-mentions", description = {
        "Scores the datasets, metrics and tasks the extractor mentions against annotated text:",
        "TDMSci's CoNLL file (TOKEN OFFSET TAG per line, BIO tags TASK/DATASET/METRIC; each sentence",
        "is extracted on its own) or SciERC's JSON lines (*.json, one abstract per line; its Task and",
        "Metric spans are scored). Each text is the abstract of an untitled paper."})
public final class EvaluateMentionsCommand implements Callable<Integer> {

    /** A title that no title rule reads anything from: the sentence alone is scored. */
    static final String NEUTRAL_TITLE = "Annotated sentence";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "tdmsci/train_1500_v2.conll, or scierc/train.json")
    private Path file;

    @Option(names = "--errors", paramLabel = "N", description = "also print the first N missed and N extra mentions per type")
    private int errors;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<TaggedSentence> sentences = file.getFileName().toString().matches("(?i).*\\.jsonl?") ? SciercReader.read(file) : ConllReader.read(file);
        long start = System.nanoTime();
        List<Extraction> extractions = new ArrayList<>();
        try (OrderedExtraction run = new OrderedExtraction(Extractor.shared()::extract, threads.threads(), outcome -> {
            if (outcome.failure() != null) {
                throw new IllegalStateException(outcome.paper().source() + ": extraction failed", outcome.failure());
            }
            extractions.add(outcome.extraction());
        })) {
            for (TaggedSentence s : sentences) {
                run.submit(new Paper(s.source(), NEUTRAL_TITLE, s.text(), List.of(), null, null, List.of(), s.source()));
            }
            run.finish();
        }
        MentionScorer.Result result = MentionScorer.score(sentences, extractions);
        stdout.printf("%-10s %6s %6s %6s %5s %5s %5s%n", "mentions", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, Figures> e : result.figures().entrySet()) {
            Figures f = e.getValue();
            stdout.printf("%-10s %6.3f %6.3f %6.3f %5d %5d %5d%n", e.getKey(), f.precision(), f.recall(), f.f1(), f.tp(), f.fp(), f.fn());
        }
        stdout.printf("texts: %d, extracted in %.1f s%n", sentences.size(), (System.nanoTime() - start) / 1e9);
        if (errors > 0) {
            for (String type : List.of("DATASET", "METRIC", "TASK")) {
                for (boolean missed : new boolean[]{true, false}) {
                    result.errors().stream().filter(x -> x.type().equals(type) && x.missed() == missed).limit(errors)
                            .forEach(x -> stdout.printf("%s %-7s %s  (%s)%n", missed ? "MISSED" : "EXTRA ", type, x.name(), x.source()));
                }
            }
        }
        return ExitCodes.OK;
    }
}
