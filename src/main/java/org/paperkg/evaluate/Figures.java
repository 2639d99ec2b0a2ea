package org.paperkg.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Micro precision, recall and F1 of one relation, rounded as score.py rounds them. */
public record Figures(int tp, int fp, int fn) {

    public double precision() {
        return tp + fp == 0 ? 0.0 : round((double) tp / (tp + fp));
    }

    public double recall() {
        return tp + fn == 0 ? 0.0 : round((double) tp / (tp + fn));
    }

    public double f1() {
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0.0 : round(2 * p * r / (p + r));
    }

    /** Python's round(x, 3): half-even on the exact binary value. */
    static double round(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
