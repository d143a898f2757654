package se.pollinator.bench;

/**
 * What one run measured. Throughput is acknowledged cards per second; latencies are from sending
 * the command: {@code http} until its answer, {@code push} until each subscriber heard of it.
 */
public record Result(String scenario, int writers, int boards, int subscribers, int cards, long acknowledged,
              long failed, long lost, long pushesMissing, boolean sequencesMatch, double cardsPerSecond,
              Stats http, Stats push, Double baselineInsertsPerSecond, Double throughputOfBaseline) {

    public boolean nothingLost() {
        return failed == 0 && lost == 0 && pushesMissing == 0 && sequencesMatch;
    }

    public String markdownRow() {
        return String.format(java.util.Locale.ROOT,
                "| %s | %d | %d | %d | %d | %.1f | %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %s |",
                scenario, writers, boards, subscribers, cards, cardsPerSecond,
                throughputOfBaseline == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%",
                        100 * throughputOfBaseline),
                http.p50(), http.p95(), http.p99(), push.p50(), push.p95(), push.p99(),
                nothingLost() ? "yes" : "NO (" + failed + " failed, " + lost + " lost, " + pushesMissing
                        + " pushes missing)");
    }

    static String markdownHeader() {
        return "| scenario | writers | boards | subscribers | cards | cards/s | of PostgreSQL inserts | "
                + "HTTP p50/p95/p99 ms | push p50/p95/p99 ms | nothing lost |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }
}
