package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorListTest {

    @Test
    void splitsArxivAuthorStringsAndDropsAffiliations() {
        assertThat(AuthorList.split("Andrew Hundt, Varun Jain (1), Gregory D. Hager ((1) Johns Hopkins, Baltimore)"))
                .containsExactly("Andrew Hundt", "Varun Jain", "Gregory D. Hager");
        assertThat(AuthorList.split("A. Smith, B. Jones, and C.\n  Wu")).containsExactly("A. Smith", "B. Jones", "C. Wu");
        assertThat(AuthorList.split("Ada Lovelace; Alan Turing")).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(AuthorList.split("Alexandra Anderson")).containsExactly("Alexandra Anderson");
        assertThat(AuthorList.split(" , ")).isEmpty();
    }
}
