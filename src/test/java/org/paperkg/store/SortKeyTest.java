package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SortKeyTest {

    private static final String ALPHABET = "aAbB zZ09-_:(\u00e9\u00c9\u4e2d\t~\u007f";

    @Test
    void keysNeverOrderTextsAgainstTheirCodeUnitOrder() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(randomText(random));
        }
        texts.sort(Comparator.naturalOrder());
        for (int i = 1; i < texts.size(); i++) {
            assertThat(SortKey.of(texts.get(i - 1))).as("%s before %s", texts.get(i - 1), texts.get(i))
                    .isLessThanOrEqualTo(SortKey.of(texts.get(i)));
        }
    }

    @Test
    void pairsOfTextsOrderByTheFirstThenTheSecondAndUnboundComesFirst() {
        Random random = new Random(11);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            pairs.add(new String[] {randomText(random), random.nextInt(10) == 0 ? null : randomText(random)});
        }
        Comparator<String[]> order = Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> p[1], Comparator.nullsFirst(Comparator.naturalOrder()));
        pairs.sort(order);
        for (int i = 1; i < pairs.size(); i++) {
            assertThat(SortKey.of(pairs.get(i - 1))).isLessThanOrEqualTo(SortKey.of(pairs.get(i)));
        }
    }

    @Test
    void keepsTheFirstPrintableCharactersApartAndStaysInlineInTdb2() {
        assertThat(SortKey.of("AP")).isLessThan(SortKey.of("AP50")).isLessThan(SortKey.of("APb"));
        assertThat(SortKey.of("Learning A")).isEqualTo(SortKey.of("Learning B"));
        assertThat(SortKey.of("\u00e9a")).isEqualTo(SortKey.of("\u00e9z"));
        assertThat(SortKey.of("~~~~~~~~~~")).isLessThan(1L << 55).isPositive();
        assertThat(SortKey.of("")).isZero();
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
