package se.pollinator.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured durations, in milliseconds. */
public record Stats(long count, double p50, double p95, double p99, double max) {

    static Stats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Stats(0, 0, 0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Stats(sorted.size(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return Math.round(sorted.get(Math.max(0, index)) / 1e4) / 100.0;
    }
}
