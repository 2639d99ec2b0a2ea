package org.paperkg.model;

/**
 * The quantitative part of an improves claim; any field may be null when the text does not say it.
 *
 * @param value   the value reached, as written ("50.4", "72%")
 * @param delta   the improvement, as written ("+2.2", "4 points", "3x")
 * @param unit    the unit when one is written ("%", "x", "points", "ms")
 * @param dataset the dataset the claim is about, or null
 */
public record Measure(String value, String delta, String unit, String dataset) {

    public static final Measure NONE = new Measure(null, null, null, null);
}
