package org.paperkg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperkg.export.RecordJson;
import org.paperkg.extract.Extractor;
import org.paperkg.model.Paper;

/** Runs the extractor over the dev gold papers and holds it to the issue-2 milestone and the calibration bar. */
class DevGoldTest {

    private static final Path GOLD = Path.of("../shared/gold/dev.jsonl");
    private static final Path PAPERS = Path.of("../shared/gold/dev-papers.jsonl");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void meetsTheMilestoneFiguresOnTheDevGold() throws IOException {
        assumeTrue(Files.exists(GOLD) && Files.exists(PAPERS), "shared gold absent");
        Extractor extractor = org.paperkg.extract.TestExtractors.shared();
        List<JsonNode> predicted = new ArrayList<>();
        for (JsonNode p : lines(PAPERS)) {
            Paper paper = new Paper(p.get("id").asText(), p.get("title").asText(), p.get("abstract").asText(),
                    List.of(), null, null, List.of(), "dev-papers.jsonl");
            predicted.add(RecordJson.toRecord(extractor.extract(paper)));
        }

        Scorer.Result result = Scorer.score(lines(GOLD), predicted);

        assertThat(result.figures().get("proposes.method").f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(result.figures().get("evaluatedOn.strict").f1()).isGreaterThanOrEqualTo(0.65);
        assertThat(result.figures().get("improves.strict").f1()).isGreaterThanOrEqualTo(0.45);
        Calibration.Bin confident = Calibration.bin(result.judged(), 0.8, 1.0001);
        assertThat(confident.items()).isGreaterThan(20);
        assertThat(confident.share()).isGreaterThanOrEqualTo(0.8);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(MAPPER.readTree(line));
            }
        }
        return out;
    }
}
