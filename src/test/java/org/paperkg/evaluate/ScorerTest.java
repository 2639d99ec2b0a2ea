package org.paperkg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path GOLD = Path.of("../shared/gold/dev.jsonl");

    @Test
    void reproducesScorePyFiguresOnTheFixture() throws IOException {
        assumeTrue(Files.exists(GOLD), "shared gold absent");
        List<JsonNode> gold = lines(Files.readString(GOLD));
        List<JsonNode> predicted = lines(resource("predicted-dev.jsonl"));
        JsonNode expected = MAPPER.readTree(resource("predicted-dev.score.json"));

        Scorer.Result result = Scorer.score(gold, predicted);

        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode want = e.getValue();
            if (!want.has("f1")) {
                continue;
            }
            Figures have = result.figures().get(e.getKey());
            assertThat(have).as(e.getKey()).isNotNull();
            assertThat(new double[]{have.precision(), have.recall(), have.f1(), have.tp(), have.fp(), have.fn()})
                    .as(e.getKey())
                    .containsExactly(want.get("p").asDouble(), want.get("r").asDouble(), want.get("f1").asDouble(),
                            want.get("tp").asDouble(), want.get("fp").asDouble(), want.get("fn").asDouble());
            compared++;
        }
        assertThat(compared).isEqualTo(12);
        assertThat(result.figures()).hasSize(12);
        JsonNode values = expected.get("improves.value.accuracy");
        assertThat(result.valuesRight()).isEqualTo(values.get("right").asInt());
        assertThat(result.valuesOf()).isEqualTo(values.get("of").asInt());
        assertThat(result.valueShare()).isEqualTo(values.get("share").asDouble());
        assertThat(result.papers()).isEqualTo(expected.get("papers").asInt());
    }

    @Test
    void countsAGoldAliasAsTheNameAndAPaperWithoutPredictionAsMissed() throws IOException {
        List<JsonNode> gold = lines("""
                {"id": "p1", "title": "T1", "proposes": [{"name": "ACM", "aliases": ["Adaptive Computation Module"], "kind": "method"}], "evaluatedOn": [{"method": "ACM", "dataset": "COCO", "aliases": ["MS COCO"]}]}
                {"id": "p2", "title": "T2", "proposes": [{"name": "X-Net", "aliases": [], "kind": "method"}]}
                """);
        List<JsonNode> predicted = lines("""
                {"id": "p1", "proposes": [{"name": "Adaptive Computation Modules", "kind": "method", "confidence": 0.9}], "evaluatedOn": [{"method": "Adaptive Computation Module", "dataset": "MS-COCO", "confidence": 0.8}, {"method": "ACM", "dataset": "ImageNet", "confidence": 0.5}]}
                """);

        Scorer.Result result = Scorer.score(gold, predicted);

        assertThat(result.figures().get("proposes")).isEqualTo(new Figures(1, 0, 1));
        assertThat(result.figures().get("evaluatedOn.strict")).isEqualTo(new Figures(1, 1, 0));
        assertThat(result.judged()).extracting(Scorer.Judged::correct).containsExactly(true, true, false);
        assertThat(Calibration.bin(result.judged(), 0.8, 1.0001).share()).isEqualTo(1.0);
    }

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(MAPPER.readTree(line));
            }
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScorerTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
