package org.paperkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Entity;
import org.paperkg.model.Evidence;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
import org.paperkg.model.Measure;
import org.paperkg.model.Paper;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

class RecordJsonTest {

    private static final Paper PAPER = Paper.of("Less is More: Focus Attention for Efficient DETR",
            "We propose Focus-DETR. Our Focus-DETR gets 50.4AP (+2.2) on COCO.");
    private static final Entity FOCUS = new Entity("Focus-DETR", Kind.METHOD, List.of("Focus DETR"), true);
    private static final Evidence SECOND = new Evidence("Our Focus-DETR gets 50.4AP (+2.2) on COCO.", 23, 65, false);

    @Test
    void writesTheGoldRecordShapeWithConfidenceAndEvidenceOnEveryItem() {
        Extraction e = new Extraction(PAPER, List.of(
                new Statement(null, Relation.PROPOSES, FOCUS, Measure.NONE, new Evidence("We propose Focus-DETR.", 0, 22, false), 0.9),
                new Statement(FOCUS, Relation.EVALUATED_ON, Entity.of("COCO", Kind.DATASET), Measure.NONE, SECOND, 0.85),
                new Statement(FOCUS, Relation.IMPROVES, Entity.of("AP", Kind.METRIC), new Measure("50.4", "+2.2", null, "COCO"), SECOND, 0.8),
                new Statement(FOCUS, Relation.EXTENDS, Entity.of("DETR", Kind.METHOD), Measure.NONE, SECOND, 0.6),
                new Statement(FOCUS, Relation.ADDRESSES, Entity.of("object detection", Kind.TASK), Measure.NONE, SECOND, 0.5),
                new Statement(null, Relation.MENTIONS, Entity.of("COCO", Kind.DATASET), Measure.NONE, SECOND, 0.6)));

        ObjectNode record = RecordJson.toRecord(e);

        assertThat(record.get("id").asText()).isEqualTo(PAPER.key());
        assertThat(record.get("title").asText()).isEqualTo(PAPER.title());
        assertThat(record.fieldNames()).toIterable().containsExactly("id", "title", "proposes", "evaluatedOn", "improves",
                "extends", "outperforms", "tasks");
        JsonNode proposal = record.get("proposes").get(0);
        assertThat(proposal.get("name").asText()).isEqualTo("Focus-DETR");
        assertThat(proposal.get("aliases").get(0).asText()).isEqualTo("Focus DETR");
        assertThat(proposal.get("kind").asText()).isEqualTo("method");
        assertThat(proposal.get("named").asBoolean()).isTrue();
        JsonNode improves = record.get("improves").get(0);
        assertThat(improves.get("method").asText()).isEqualTo("Focus-DETR");
        assertThat(improves.get("metric").asText()).isEqualTo("AP");
        assertThat(improves.get("value").asText()).isEqualTo("50.4");
        assertThat(improves.get("delta").asText()).isEqualTo("+2.2");
        assertThat(improves.get("unit").isNull()).isTrue();
        assertThat(improves.get("dataset").asText()).isEqualTo("COCO");
        assertThat(record.get("extends").get(0).get("base").asText()).isEqualTo("DETR");
        assertThat(record.get("tasks").get(0).get("task").asText()).isEqualTo("object detection");
        for (String list : List.of("proposes", "evaluatedOn", "improves", "extends", "tasks")) {
            JsonNode item = record.get(list).get(0);
            assertThat(item.get("confidence").isNumber()).as(list).isTrue();
            JsonNode evidence = item.get("evidence");
            assertThat(PAPER.abstractText().substring(evidence.get("begin").asInt(), evidence.get("end").asInt()))
                    .isEqualTo(evidence.get("sentence").asText());
        }
    }

    @Test
    void writesOneRecordPerLine() throws IOException {
        StringWriter out = new StringWriter();
        RecordJson.writeJsonl(List.of(new Extraction(PAPER, List.of()), new Extraction(Paper.of("Other", "Text."), List.of())), out);

        assertThat(out.toString().split("\n")).hasSize(2)
                .allSatisfy(line -> assertThat(RecordJson.mapper().readTree(line).get("proposes").isArray()).isTrue());
    }
}
