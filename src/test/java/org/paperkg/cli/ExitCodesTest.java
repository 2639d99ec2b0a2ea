package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void aMissingFileIsAUsageErrorThatSaysWhatIsWrong() {
        // `paperkg evaluate --gold gone.jsonl ...` printed the bare path before
        NoSuchFileException missing = new NoSuchFileException("gone.jsonl");

        assertThat(ExitCodes.of(missing)).isEqualTo(ExitCodes.USAGE);
        assertThat(ExitCodes.message(missing)).isEqualTo("gone.jsonl: no such file");
    }
}
