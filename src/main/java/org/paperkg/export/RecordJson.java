package org.paperkg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.model.Evidence;
import org.paperkg.model.Extraction;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

/**
 * An extraction as one record in the gold format of {@code gold/GUIDELINES.md} (what
 * {@code score.py} reads), with {@code confidence} and {@code evidence} on every item.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    /** Gold list name and object field of each subject-method relation. */
    private static final Map<Relation, String[]> FIELDS = Map.of(
            Relation.EVALUATED_ON, new String[]{"evaluatedOn", "dataset"},
            Relation.IMPROVES, new String[]{"improves", "metric"},
            Relation.EXTENDS, new String[]{"extends", "base"},
            Relation.OUTPERFORMS, new String[]{"outperforms", "baseline"},
            Relation.ADDRESSES, new String[]{"tasks", "task"});
    private static final Relation[] ORDER = {Relation.EVALUATED_ON, Relation.IMPROVES, Relation.EXTENDS,
            Relation.OUTPERFORMS, Relation.ADDRESSES};

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toRecord(Extraction extraction) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("id", extraction.paper().key());
        record.put("title", extraction.paper().title());
        ArrayNode proposes = record.putArray("proposes");
        for (Statement s : extraction.with(Relation.PROPOSES)) {
            ObjectNode item = proposes.addObject();
            item.put("name", s.object().name());
            aliases(item, s);
            item.put("kind", s.object().kind().label());
            item.put("named", s.object().named());
            provenance(item, s);
        }
        for (Relation relation : ORDER) {
            String[] field = FIELDS.get(relation);
            ArrayNode list = record.putArray(field[0]);
            for (Statement s : extraction.with(relation)) {
                ObjectNode item = list.addObject();
                item.put("method", s.subject() == null ? null : s.subject().name());
                item.put(field[1], s.object().name());
                aliases(item, s);
                if (relation == Relation.IMPROVES) {
                    item.put("value", s.measure().value());
                    item.put("delta", s.measure().delta());
                    item.put("unit", s.measure().unit());
                    item.put("dataset", s.measure().dataset());
                }
                provenance(item, s);
            }
        }
        return record;
    }

    /** Writes one record per line. */
    public static void writeJsonl(Iterable<Extraction> extractions, Writer out) throws IOException {
        for (Extraction e : extractions) {
            out.write(MAPPER.writeValueAsString(toRecord(e)));
            out.write('\n');
        }
        out.flush();
    }

    private static void aliases(ObjectNode item, Statement s) {
        ArrayNode aliases = item.putArray("aliases");
        s.object().aliases().forEach(aliases::add);
    }

    private static void provenance(ObjectNode item, Statement s) {
        item.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        Evidence e = s.evidence();
        ObjectNode evidence = item.putObject("evidence");
        evidence.put("sentence", e.sentence());
        evidence.put("begin", e.begin());
        evidence.put("end", e.end());
        evidence.put("inTitle", e.inTitle());
    }
}
