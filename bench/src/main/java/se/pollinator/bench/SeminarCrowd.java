package se.pollinator.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A seminar-sized audience: one live seminar watched by many subscribers (each a person of the
 * programme who joined it) while questions and upvotes arrive at a steady rate (one question to
 * three votes). It reports how long a new question took to reach every subscriber, how many
 * pushes never arrived, how many connections were lost, and whether every acknowledged vote is
 * counted on the board.
 */
final class SeminarCrowd {

    private static final long PUSH_WAIT_NANOS = 60_000_000_000L;

    private final Options options;
    private final int perSecond;
    private final int seconds;
    private final LiveBoards people;

    SeminarCrowd(Options options, int perSecond, int seconds) {
        this.options = options;
        this.perSecond = perSecond;
        this.seconds = seconds;
        this.people = new LiveBoards(options);
    }

    static String markdownHeader() {
        return "| subscribers | actions (questions + votes) | per second asked / done | HTTP p50/p95/p99 ms "
                + "| question push to every subscriber p50/p95/p99 ms | pushes missing | connections lost "
                + "| votes counted |\n|---|---|---|---|---|---|---|---|";
    }

    private record Asked(String questionId, long sentAt) {
    }

    String run() throws Exception {
        Api admin = Api.admin(options);
        String seminar = admin.must("/api/seminars", Map.of("title", "Bench seminar", "module", 2,
                "anonymousQuestions", true)).id();
        admin.must("/api/seminars/" + seminar + "/phase", Map.of("phase", "LIVE"));
        List<Api> audience = people.seminarAudience(options.subscribers(), admin, seminar);
        List<Subscriber> subscribers = new ArrayList<>();
        try {
            for (Api person : audience) {
                Subscriber subscriber = new Subscriber(options.base(), person,
                        message -> Subscriber.items(message, "QuestionAsked", "questions"), 256 * 1024);
                subscriber.watch(seminar);
                subscribers.add(subscriber);
            }
            Thread.sleep(2_000);
            return measure(seminar, audience, subscribers);
        } finally {
            subscribers.forEach(Subscriber::close);
        }
    }

    private String measure(String seminar, List<Api> audience, List<Subscriber> subscribers) throws Exception {
        String path = "/api/seminars/" + seminar;
        Random random = new Random(42);
        List<String> questions = Collections.synchronizedList(new ArrayList<>());
        Set<String> voted = new HashSet<>();
        ConcurrentLinkedQueue<Asked> asked = new ConcurrentLinkedQueue<>();
        List<Long> http = Collections.synchronizedList(new ArrayList<>());
        int votes = 0;
        int failed = 0;
        int total = perSecond * seconds;
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            Api person = audience.get(random.nextInt(audience.size()));
            long sentAt = System.nanoTime();
            if (i % 4 == 0 || questions.isEmpty()) {
                Api.Answer answer = person.post(path + "/questions", Map.of("text", "Fråga " + i
                        + ": hur sprider vi det vi lärt oss till fler förvaltningar?", "anonymous", i % 8 == 0));
                if (answer.status() == 201) {
                    questions.add(answer.id());
                    asked.add(new Asked(answer.id(), sentAt));
                } else {
                    failed++;
                }
            } else {
                int voter = random.nextInt(audience.size());
                String question = questions.get(random.nextInt(questions.size()));
                if (!voted.add(voter + " " + question)) {
                    continue;
                }
                Api.Answer answer = audience.get(voter).post(path + "/questions/" + question + "/votes", null);
                if (answer.status() == 200) {
                    votes++;
                } else {
                    failed++;
                }
            }
            http.add(System.nanoTime() - sentAt);
        }
        double took = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + PUSH_WAIT_NANOS;
        while (System.nanoTime() < deadline && missing(asked, subscribers) > 0) {
            Thread.sleep(100);
        }
        List<Long> push = new ArrayList<>();
        for (Asked question : asked) {
            for (Subscriber subscriber : subscribers) {
                Long arrived = subscriber.arrivals.get(question.questionId());
                if (arrived != null) {
                    push.add(arrived - question.sentAt());
                }
            }
        }
        long lost = subscribers.stream().filter(Subscriber::lost).count();
        JsonNode board = Api.admin(options).get("/api/sessions/" + seminar + "/board").body();
        int counted = 0;
        for (JsonNode question : board.get("questions")) {
            counted += question.get("votes").asInt();
        }
        return String.format(java.util.Locale.ROOT, "| %d | %d + %d (%d refused) | %d / %.1f | %s | %s | %d | %d | %s |",
                subscribers.size(), asked.size(), votes, failed, perSecond, (asked.size() + votes) / took,
                percentiles(Stats.ofNanos(http)), percentiles(Stats.ofNanos(push)), missing(asked, subscribers), lost,
                counted == votes ? "all " + votes : counted + " of " + votes);
    }

    private static String percentiles(Stats stats) {
        return String.format(java.util.Locale.ROOT, "%.0f / %.0f / %.0f", stats.p50(), stats.p95(), stats.p99());
    }

    private static long missing(Iterable<Asked> asked, List<Subscriber> subscribers) {
        long missing = 0;
        for (Asked question : asked) {
            for (Subscriber subscriber : subscribers) {
                if (!subscriber.arrivals.containsKey(question.questionId())) {
                    missing++;
                }
            }
        }
        return missing;
    }
}
