package org.paperkg.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the number out of a value as written ("50.4", "72%", "1,024", "3x"). */
public final class Values {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?|[-+]?\\.\\d+");

    private Values() {
    }

    public static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(m.group().replace(",", "").replace("+", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
