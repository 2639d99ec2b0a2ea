package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void namesFileLineAndRecordBeforeTheReason() {
        assertThat(new Rejection("seeds.jsonl", 12, null, "not valid JSON: Unexpected end-of-input").message())
                .isEqualTo("seeds.jsonl:12: not valid JSON: Unexpected end-of-input");
        assertThat(new Rejection("papers.json", 40, "record 3", "no abstract").message())
                .isEqualTo("papers.json:40: record 3: no abstract");
        assertThat(Rejection.ofFile("gone.jsonl", "no such file").message()).isEqualTo("gone.jsonl: no such file");
    }

    @Test
    void refusesANegativeLine() {
        assertThatThrownBy(() -> new Rejection("f", -1, null, "x")).hasMessageContaining("-1");
    }
}
