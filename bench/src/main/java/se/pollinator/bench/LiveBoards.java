package se.pollinator.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live-retro scenario: writers add cards to one or more boards while subscribers watch every
 * board; then it checks that every acknowledged card is on its board and reached every subscriber,
 * and that each board has folded every stored event.
 */
final class LiveBoards {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PUSH_WAIT_NANOS = 120_000_000_000L;

    private final Options options;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    LiveBoards(Options options) {
        this.options = options;
    }

    /** One card as a writer sent it. */
    private record Sent(String boardId, String cardId, long sentAt, long answeredAt) {
    }

    Result run() throws Exception {
        Api admin = Api.admin(options);
        List<String> boards = new ArrayList<>();
        for (int i = 0; i < options.boards(); i++) {
            boards.add(admin.must("/api/retros", Map.of("title", "Bench " + run + " board " + i, "module", 2,
                    "privateReflection", false, "openToModule", true)).id());
        }
        List<Api> writers = people("w", options.writers(), admin, boards);
        List<Api> watchers = people("s", options.subscribers(), admin, boards);
        List<Subscriber> subscribers = new ArrayList<>();
        try {
            for (Api watcher : watchers) {
                Subscriber subscriber = new Subscriber(options.base(), watcher);
                boards.forEach(subscriber::watch);
                subscribers.add(subscriber);
            }
            Thread.sleep(500);
            return measure(writers, boards, subscribers);
        } finally {
            subscribers.forEach(Subscriber::close);
        }
    }

    private Result measure(List<Api> writers, List<String> boards, List<Subscriber> subscribers) throws Exception {
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (Api writer : writers) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < options.cards(); i = next.getAndIncrement()) {
                    String board = boards.get(i % boards.size());
                    long sentAt = System.nanoTime();
                    Api.Answer answer = writer.post("/api/retros/" + board + "/cards",
                            Map.of("column", "KEEP", "text", "Card " + i + ": shorter meetings, clearer agendas"));
                    if (answer.status() == 201) {
                        sent.add(new Sent(board, answer.id(), sentAt, System.nanoTime()));
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long deadline = System.nanoTime() + PUSH_WAIT_NANOS;
        while (System.nanoTime() < deadline && missing(sent, subscribers) > 0) {
            Thread.sleep(50);
        }
        List<Long> http = new ArrayList<>();
        List<Long> push = new ArrayList<>();
        for (Sent card : sent) {
            http.add(card.answeredAt() - card.sentAt());
            for (Subscriber subscriber : subscribers) {
                Long arrived = subscriber.arrivals.get(card.cardId());
                if (arrived != null) {
                    push.add(arrived - card.sentAt());
                }
            }
        }
        long lost = lost(sent, boards);
        boolean sequencesMatch = sequencesMatch(boards);
        Double baseline = options.jdbc() == null ? null
                : Baseline.insertsPerSecond(options, writers.size(), Math.max(200, options.cards()));
        double rate = sent.size() / seconds;
        return new Result(boards.size() == 1 ? "one board" : boards.size() + " boards", writers.size(),
                boards.size(), subscribers.size(), options.cards(), sent.size(), failed.get(), lost,
                missing(sent, subscribers), sequencesMatch, rate, Stats.ofNanos(http), Stats.ofNanos(push),
                baseline, baseline == null ? null : rate / baseline);
    }

    private static long missing(Iterable<Sent> sent, List<Subscriber> subscribers) {
        long missing = 0;
        for (Sent card : sent) {
            for (Subscriber subscriber : subscribers) {
                if (!subscriber.arrivals.containsKey(card.cardId())) {
                    missing++;
                }
            }
        }
        return missing;
    }

    /** Acknowledged cards that are not on their board once it has caught up. */
    private long lost(Iterable<Sent> sent, List<String> boards) throws InterruptedException {
        Api admin = Api.admin(options);
        java.util.Set<String> onBoards = new java.util.HashSet<>();
        for (String board : boards) {
            JsonNode body = admin.get("/api/sessions/" + board + "/board").body();
            body.get("cards").forEach(card -> onBoards.add(card.get("id").asText()));
        }
        long lost = 0;
        for (Sent card : sent) {
            if (!onBoards.contains(card.cardId())) {
                lost++;
            }
        }
        return lost;
    }

    /** Each board's seq is its stored events less one (checked when the database is given). */
    private boolean sequencesMatch(List<String> boards) throws Exception {
        if (options.jdbc() == null) {
            return true;
        }
        Api admin = Api.admin(options);
        try (Connection connection = Baseline.connect(options);
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
            for (String board : boards) {
                count.setString(1, board);
                long stored;
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    stored = rows.getLong(1);
                }
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (admin.get("/api/sessions/" + board + "/board").body().get("seq").asLong() != stored - 1) {
                    if (System.nanoTime() > deadline) {
                        return false;
                    }
                    Thread.sleep(50);
                }
            }
        }
        return true;
    }

    /** New people who take part in every board, each with a personal access token. */
    List<Api> people(String kind, int count, Api admin, List<String> boards) {
        return people(kind, count, admin, person -> boards.forEach(board ->
                person.must("/api/retros/" + board + "/participants", null)));
    }

    /** New members of module 2, each with a personal access token, who then do {@code join}. */
    List<Api> people(String kind, int count, Api admin, java.util.function.Consumer<Api> join) {
        List<Api> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "bench-" + run + "-" + kind + i;
            String password = password();
            String id = admin.must("/api/people", Map.of("username", username, "displayName", "Bench " + kind + i,
                    "password", password, "roles", List.of("MEMBER"))).body().get("id").asText();
            // The sessions are open to module 2: its members join without a link.
            admin.must("/api/programme/modules/2/members", Map.of("personId", id));
            String token = Api.basic(options.base(), username, password)
                    .must("/api/me/tokens", Map.of("name", "bench")).body().get("token").asText();
            Api person = Api.token(options.base(), token);
            join.accept(person);
            people.add(person);
        }
        return people;
    }

    /** New people of the programme who joined the seminar, each with a personal access token. */
    List<Api> seminarAudience(int count, Api admin, String seminarId) {
        List<Api> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "bench-" + run + "-a" + i;
            String password = password();
            admin.must("/api/people", Map.of("username", username, "displayName", "Bench a" + i,
                    "password", password, "roles", List.of("MEMBER")));
            String token = Api.basic(options.base(), username, password)
                    .must("/api/me/tokens", Map.of("name", "bench")).body().get("token").asText();
            Api person = Api.token(options.base(), token);
            person.must("/api/seminars/" + seminarId + "/participants", null);
            people.add(person);
        }
        return people;
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
