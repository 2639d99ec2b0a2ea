package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenPapersTest {

    @Test
    void tellsNewFromSameFromDifferentAndRemembersWhereTheFirstWasRead() {
        SeenPapers seen = new SeenPapers();

        assertThat(seen.add("2307.12612", "focus\nabstract", 7)).isEqualTo(SeenPapers.Outcome.NEW);
        assertThat(seen.add("2307.12612", "focus\nabstract", 9)).isEqualTo(SeenPapers.Outcome.SAME);
        assertThat(seen.previousPlace()).isEqualTo(7);
        assertThat(seen.add("2307.12612", "focus\nanother abstract", 11)).isEqualTo(SeenPapers.Outcome.DIFFERENT);
        assertThat(seen.previousPlace()).isEqualTo(7);
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void keepsEveryPaperAcrossGrowth() {
        SeenPapers seen = new SeenPapers();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add("key-" + i, "content " + i, i)).isEqualTo(SeenPapers.Outcome.NEW);
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(seen.add("key-" + i, "content " + i, 0)).isEqualTo(SeenPapers.Outcome.SAME);
            assertThat(seen.previousPlace()).isEqualTo(i);
        }
        assertThat(seen.size()).isEqualTo(100_000);
    }
}
