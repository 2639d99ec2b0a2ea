package org.paperkg.evaluate;

import java.util.ArrayList;
import java.util.List;

/** How often statements are right per confidence bin: "right" means the item matched a gold item. */
public final class Calibration {

    /** One bin [low, high) with the number of judged items and how many were right. */
    public record Bin(double low, double high, int items, int right) {

        public double share() {
            return items == 0 ? 0.0 : (double) right / items;
        }
    }

    private static final double[] EDGES = {0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

    private Calibration() {
    }

    public static List<Bin> bins(List<Scorer.Judged> judged) {
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i + 1 < EDGES.length; i++) {
            bins.add(bin(judged, EDGES[i], EDGES[i + 1]));
        }
        return bins;
    }

    /** All items with confidence in [low, high). */
    public static Bin bin(List<Scorer.Judged> judged, double low, double high) {
        int items = 0;
        int right = 0;
        for (Scorer.Judged j : judged) {
            double c = j.confidence();
            if (c >= low && c < high) {
                items++;
                right += j.correct() ? 1 : 0;
            }
        }
        return new Bin(low, Math.min(high, 1.0), items, right);
    }
}
