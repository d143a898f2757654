package se.pollinator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a command and its push cost the same on a small and on a big board: one writer's
 * cards are timed at several board sizes (filled in between by other writers), and then the
 * board as of an early event is read from the event store's history.
 */
final class BoardGrowth {

    private static final int[] SIZES = {100, 1_000, 5_000};
    private static final int TIMED_CARDS = 100;
    private static final int AS_OF_READS = 20;

    private final Options options;
    private final LiveBoards setup;

    BoardGrowth(Options options) {
        this.options = options;
        this.setup = new LiveBoards(options);
    }

    /** Markdown rows: one per board size, then one for reading history. */
    List<String> run() throws Exception {
        Api admin = Api.admin(options);
        String board = admin.must("/api/retros", Map.of("title", "Bench growth", "module", 2,
                "privateReflection", false, "openToModule", true)).id();
        List<Api> writers = setup.people("g", 5, admin, List.of(board));
        Api timed = writers.get(0);
        List<Api> fillers = writers.subList(1, writers.size());
        List<String> rows = new ArrayList<>();
        try (Subscriber subscriber = new Subscriber(options.base(), setup.people("gs", 1, admin, List.of(board))
                .get(0))) {
            subscriber.watch(board);
            Thread.sleep(500);
            int events = 3 + writers.size();
            for (int size : SIZES) {
                fill(fillers, board, size - events);
                events = Math.max(events, size);
                List<Long> http = new ArrayList<>();
                List<Long> push = new ArrayList<>();
                for (int i = 0; i < TIMED_CARDS; i++) {
                    long sent = System.nanoTime();
                    Api.Answer answer = timed.must("/api/retros/" + board + "/cards",
                            Map.of("column", "STOP", "text", "Timed card " + i));
                    long answered = System.nanoTime();
                    http.add(answered - sent);
                    Long arrived = awaitArrival(subscriber, answer.id());
                    if (arrived != null) {
                        push.add(arrived - sent);
                    }
                }
                events += TIMED_CARDS;
                Stats h = Stats.ofNanos(http);
                Stats p = Stats.ofNanos(push);
                rows.add(String.format(Locale.ROOT, "| card on a board of %d events | %.1f / %.1f / %.1f | "
                        + "%.1f / %.1f / %.1f | %d of %d |", size, h.p50(), h.p95(), h.p99(), p.p50(), p.p95(),
                        p.p99(), p.count(), TIMED_CARDS));
            }
            List<Long> reads = new ArrayList<>();
            for (int i = 0; i < AS_OF_READS; i++) {
                long start = System.nanoTime();
                Api.Answer answer = admin.get("/api/sessions/" + board + "/board?asOf=" + (events - 10));
                if (answer.status() == 200) {
                    reads.add(System.nanoTime() - start);
                }
            }
            Stats r = Stats.ofNanos(reads);
            rows.add(String.format(Locale.ROOT, "| board as of event %d, folded from the event store | "
                    + "%.1f / %.1f / %.1f | – | %d of %d |", events - 10, r.p50(), r.p95(), r.p99(), r.count(),
                    AS_OF_READS));
        }
        return rows;
    }

    /** Adds cards with several writers at once, untimed, to grow the board. */
    private static void fill(List<Api> writers, String board, int cards) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(cards);
        List<Thread> threads = new ArrayList<>();
        for (Api writer : writers) {
            Thread thread = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    writer.post("/api/retros/" + board + "/cards", Map.of("column", "KEEP", "text", "Filler"));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static Long awaitArrival(Subscriber subscriber, String cardId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Long arrived = subscriber.arrivals.get(cardId);
            if (arrived != null) {
                return arrived;
            }
            Thread.sleep(1);
        }
        return null;
    }

    static String markdownHeader() {
        return "| measured | HTTP p50/p95/p99 ms | push p50/p95/p99 ms | samples |\n|---|---|---|---|";
    }
}
