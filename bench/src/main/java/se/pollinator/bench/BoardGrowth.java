package se.pollinator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a command and its push cost the same on a small and on a big board, for each kind whose
 * board grows by what its people write: one writer's items (a retro's cards, a think tank's
 * insights to one question, a café's notes at one table) are timed at several board sizes
 * (filled in between by other writers), with the size of the push that carried each; then the
 * retro's board as of an early event is read from the event store's history.
 */
final class BoardGrowth {

    private static final int[] SIZES = {100, 1_000, 5_000};
    private static final int TIMED_ITEMS = 100;
    private static final int AS_OF_READS = 20;

    /** A kind of session as the growth bench drives it. */
    private interface Kind {
        String name();

        /** Opens a session with the admin as its facilitator; answers its id. */
        String open(Api admin);

        /** What a person does to take part (and to be where they may write). */
        void join(Api person, String session);

        /** What the facilitator does, once everyone is in, so that the writers may write. */
        void start(Api admin, String session);

        /** Writes one item; answers its id. */
        String write(Api writer, String session, String text);

        /** The live message an item arrives in, and its collection there. */
        String type();

        String collection();
    }

    private static final Kind RETRO = new Kind() {
        public String name() {
            return "retro";
        }

        public String open(Api admin) {
            return admin.must("/api/retros", Map.of("title", "Bench growth", "module", 2, "privateReflection", false,
                    "openToModule", true)).id();
        }

        public void join(Api person, String session) {
            person.must("/api/retros/" + session + "/participants", null);
        }

        public void start(Api admin, String session) {
        }

        public String write(Api writer, String session, String text) {
            return writer.must("/api/retros/" + session + "/cards", Map.of("column", "STOP", "text", text)).id();
        }

        public String type() {
            return "CardAdded";
        }

        public String collection() {
            return "cards";
        }
    };

    /** Every insight goes to the one question: the lane that grows. */
    private static final Kind THINK_TANK = new Kind() {
        private String question;

        public String name() {
            return "think tank";
        }

        public String open(Api admin) {
            String id = admin.must("/api/thinktanks", Map.of("title", "Bench growth", "module", 2,
                    "questions", List.of("Vad hindrar oss?"))).id();
            question = settled(admin, id).path("questions").path(0).path("id").asText();
            return id;
        }

        public void join(Api person, String session) {
            person.must("/api/thinktanks/" + session + "/participants", null);
        }

        public void start(Api admin, String session) {
            admin.must("/api/thinktanks/" + session + "/phase", Map.of("phase", "EXPLORE"));
        }

        public String write(Api writer, String session, String text) {
            return writer.must("/api/thinktanks/" + session + "/questions/" + question + "/insights",
                    Map.of("text", text)).id();
        }

        public String type() {
            return "InsightPosted";
        }

        public String collection() {
            return "insights";
        }
    };

    /** Everyone sits at the first table: the table that grows. */
    private static final Kind CAFE = new Kind() {
        private String table;

        public String name() {
            return "café";
        }

        public String open(Api admin) {
            String id = admin.must("/api/cafes", Map.of("title", "Bench growth", "theme", "Staden", "module", 2,
                    "tables", List.of(Map.of("question", "Vad behöver staden?"), Map.of("question", "Vem saknas?"))))
                    .id();
            table = settled(admin, id).path("tables").path(0).path("id").asText();
            return id;
        }

        public void join(Api person, String session) {
            person.must("/api/cafes/" + session + "/participants", null);
            person.must("/api/cafes/" + session + "/seats", Map.of("tableId", table));
        }

        public void start(Api admin, String session) {
            admin.must("/api/cafes/" + session + "/rounds", Map.of("seconds", 7_200));
        }

        public String write(Api writer, String session, String text) {
            return writer.must("/api/cafes/" + session + "/notes", Map.of("text", text)).id();
        }

        public String type() {
            return "NotePosted";
        }

        public String collection() {
            return "notes";
        }
    };

    private final Options options;
    private final LiveBoards setup;

    BoardGrowth(Options options) {
        this.options = options;
        this.setup = new LiveBoards(options);
    }

    /** Markdown rows: one per kind and board size, then one for reading a retro's history. */
    List<String> run() throws Exception {
        List<String> rows = new ArrayList<>();
        String retro = null;
        int retroEvents = 0;
        for (Kind kind : List.of(RETRO, THINK_TANK, CAFE)) {
            Api admin = Api.admin(options);
            String session = kind.open(admin);
            String tag = "g" + kind.name().charAt(0);
            List<Api> writers = setup.people(tag, 5, admin, person -> kind.join(person, session));
            Api watcher = setup.people(tag + "s", 1, admin, person -> kind.join(person, session)).get(0);
            kind.start(admin, session);
            int events = settled(admin, session).path("seq").asInt() + 1;
            rows.addAll(grow(kind, session, writers, watcher, events));
            if (kind == RETRO) {
                retro = session;
                retroEvents = settled(admin, session).path("seq").asInt() + 1;
            }
        }
        rows.add(history(Api.admin(options), retro, retroEvents));
        return rows;
    }

    private List<String> grow(Kind kind, String session, List<Api> writers, Api watcher, int events)
            throws Exception {
        Api timed = writers.get(0);
        List<Api> fillers = writers.subList(1, writers.size());
        List<String> rows = new ArrayList<>();
        try (Subscriber subscriber = new Subscriber(options.base(), watcher,
                message -> Subscriber.items(message, kind.type(), kind.collection()), 16 * 1024 * 1024)) {
            subscriber.watch(session);
            Thread.sleep(500);
            for (int size : SIZES) {
                fill(kind, fillers, session, size - events);
                events = Math.max(events, size);
                List<Long> http = new ArrayList<>();
                List<Long> push = new ArrayList<>();
                List<Long> bytes = new ArrayList<>();
                for (int i = 0; i < TIMED_ITEMS; i++) {
                    long sent = System.nanoTime();
                    String id = kind.write(timed, session, "Timed " + i);
                    http.add(System.nanoTime() - sent);
                    Long arrived = awaitArrival(subscriber, id);
                    if (arrived != null) {
                        push.add(arrived - sent);
                        bytes.add((long) subscriber.sizes.getOrDefault(id, -1));
                    }
                }
                events += TIMED_ITEMS;
                Stats h = Stats.ofNanos(http);
                Stats p = Stats.ofNanos(push);
                rows.add(String.format(Locale.ROOT, "| %s: %s on a board of %d events | %.1f / %.1f / %.1f | "
                        + "%.1f / %.1f / %.1f | %s | %d of %d |", kind.name(), item(kind), size, h.p50(), h.p95(),
                        h.p99(), p.p50(), p.p95(), p.p99(), sizes(bytes), p.count(), TIMED_ITEMS));
            }
        }
        return rows;
    }

    private String history(Api admin, String retro, int events) {
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < AS_OF_READS; i++) {
            long start = System.nanoTime();
            Api.Answer answer = admin.get("/api/sessions/" + retro + "/board?asOf=" + (events - 10));
            if (answer.status() == 200) {
                reads.add(System.nanoTime() - start);
            }
        }
        Stats r = Stats.ofNanos(reads);
        return String.format(Locale.ROOT, "| retro: board as of event %d, folded from the event store | "
                + "%.1f / %.1f / %.1f | – | – | %d of %d |", events - 10, r.p50(), r.p95(), r.p99(), r.count(),
                AS_OF_READS);
    }

    private static String item(Kind kind) {
        return kind == RETRO ? "card" : kind == THINK_TANK ? "insight" : "note";
    }

    /** The median and largest push, in bytes. */
    private static String sizes(List<Long> bytes) {
        if (bytes.isEmpty()) {
            return "–";
        }
        List<Long> sorted = bytes.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() - 1);
    }

    /** The session's board once the read model has caught up with its creation. */
    private static com.fasterxml.jackson.databind.JsonNode settled(Api admin, String session) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Answer answer = admin.get("/api/sessions/" + session + "/board");
            if (answer.status() == 200) {
                return answer.body();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The board of " + session + " never appeared");
    }

    /** Adds items with several writers at once, untimed, to grow the board. */
    private static void fill(Kind kind, List<Api> writers, String session, int items) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(items);
        List<Thread> threads = new ArrayList<>();
        for (Api writer : writers) {
            Thread thread = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    try {
                        kind.write(writer, session, "Filler");
                    } catch (IllegalStateException refused) {
                        System.err.println(refused.getMessage());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static Long awaitArrival(Subscriber subscriber, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Long arrived = subscriber.arrivals.get(id);
            if (arrived != null) {
                return arrived;
            }
            Thread.sleep(1);
        }
        return null;
    }

    static String markdownHeader() {
        return "| measured | HTTP p50/p95/p99 ms | push p50/p95/p99 ms | push bytes p50 / max | samples |\n"
                + "|---|---|---|---|---|";
    }
}
