package org.paperkg.model;

import java.util.ArrayList;
import java.util.List;

/** Small extractions written by hand, for tests of everything downstream of the extractor. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A method named in a paper. */
    public static Entity method(String name) {
        return Entity.of(name, Kind.METHOD);
    }

    /** Builds one paper's statements fluently. */
    public static final class Builder {
        private final Paper paper;
        private final List<Statement> statements = new ArrayList<>();

        public Builder(String title, String abstractText) {
            this.paper = Paper.of(title, abstractText);
        }

        private Evidence evidence(String fragment) {
            int at = Math.max(0, paper.abstractText().indexOf(fragment));
            return new Evidence(fragment, at, at + fragment.length(), false);
        }

        public Builder proposes(String name) {
            statements.add(new Statement(null, Relation.PROPOSES, method(name), null, evidence(name), 0.9));
            return this;
        }

        public Builder relate(String subject, Relation relation, Entity object) {
            statements.add(new Statement(method(subject), relation, object, null, evidence(subject), 0.8));
            return this;
        }

        public Builder improves(String subject, String metric, String value, String delta, String dataset) {
            statements.add(new Statement(method(subject), Relation.IMPROVES, Entity.of(metric, Kind.METRIC),
                    new Measure(value, delta, null, dataset), evidence(metric), 0.7));
            return this;
        }

        public Extraction build() {
            return new Extraction(paper, statements);
        }
    }

    /** Three papers of a DETR lineage: Focus-DETR and DINO extend DETR (DINO via Deformable DETR). */
    public static List<Extraction> detrLineage() {
        Entity coco = Entity.of("COCO", Kind.DATASET);
        return List.of(
                new Builder("Less is More: Focus Attention for Efficient DETR",
                        "We propose Focus-DETR, which focuses attention on more informative tokens. "
                                + "Focus-DETR achieves 50.4 AP (+2.2) on COCO.")
                        .proposes("Focus-DETR")
                        .relate("Focus-DETR", Relation.EXTENDS, method("DETR"))
                        .relate("Focus-DETR", Relation.EVALUATED_ON, coco)
                        .improves("Focus-DETR", "AP", "50.4", "+2.2", "COCO")
                        .relate("Focus-DETR", Relation.ADDRESSES, Entity.of("object detection", Kind.TASK))
                        .build(),
                new Builder("Deformable DETR: Deformable Transformers for End-to-End Object Detection",
                        "We propose Deformable DETR, which improves DETR. Deformable DETR outperforms DETR on COCO.")
                        .proposes("Deformable DETR")
                        .relate("Deformable DETR", Relation.EXTENDS, method("DETR"))
                        .relate("Deformable DETR", Relation.OUTPERFORMS, method("DETR"))
                        .relate("Deformable DETR", Relation.EVALUATED_ON, coco)
                        .build(),
                new Builder("DINO: DETR with Improved DeNoising Anchor Boxes",
                        "We present DINO, built upon Deformable DETR. DINO reaches 63.3 AP on COCO test-dev.")
                        .proposes("DINO")
                        .relate("DINO", Relation.EXTENDS, method("Deformable DETR"))
                        .relate("DINO", Relation.EVALUATED_ON, Entity.of("COCO test-dev", Kind.DATASET))
                        .improves("DINO", "AP", "63.3", null, "COCO test-dev")
                        .build());
    }
}
