package org.paperkg.graph;

/**
 * The number an improves claim reports; any part may be null when the paper does not say it.
 *
 * @param value        the value as written ("50.4")
 * @param delta        the improvement as written ("+2.2")
 * @param unit         the unit ("%")
 * @param datasetIri   the dataset the value was measured on
 * @param datasetLabel that dataset's label
 */
public record ResultValue(String value, String delta, String unit, String datasetIri, String datasetLabel) {

    /** "50.4 % (+2.2) on COCO", leaving out what is unknown. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (value != null) {
            s.append(value);
            if (unit != null) {
                s.append(unit.equals("%") ? "" : " ").append(unit);
            }
        }
        if (delta != null) {
            s.append(s.isEmpty() ? "" : " ").append('(').append(delta).append(')');
        }
        if (datasetLabel != null) {
            s.append(s.isEmpty() ? "" : " ").append("on ").append(datasetLabel);
        }
        return s.toString();
    }
}
