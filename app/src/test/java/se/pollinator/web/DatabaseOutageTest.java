package se.pollinator.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * The database's connections are cut again and again while people add cards. Whatever was
 * answered with success is stored and on the board; everything else is a 5xx problem detail.
 */
class DatabaseOutageTest extends AppTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Test
    void everyAcknowledgedCardIsStoredAndOnTheBoardAndEveryFailureIsAProblemDetail() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        List<ApiClient> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiClient writer = session(person("Writer " + i, "MEMBER"));
            writer.post("/api/retros/" + retro + "/participants", null);
            writers.add(writer);
        }
        String database = jdbc.queryForObject("SELECT current_database()", String.class);

        AtomicBoolean cutting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (ApiClient writer : writers) {
            threads.add(started(() -> {
                for (int i = 0; i < 60; i++) {
                    try {
                        ApiClient.Response answer = writer.post("/api/retros/" + retro + "/cards",
                                body("column", "KEEP", "text", "card " + i));
                        if (answer.status() == 201 && answer.body() != null && answer.body().hasNonNull("id")) {
                            acknowledged.add(answer.id());
                        } else if (answer.status() >= 500 && answer.contentType().startsWith("application/problem+json")
                                && answer.detail() != null) {
                            failures.add(answer.status() + " " + answer.headers().firstValue("Retry-After").orElse(""));
                        } else {
                            wrong.add(answer.status() + " " + answer.contentType() + " " + answer.body());
                        }
                    } catch (IllegalStateException e) {
                        wrong.add("no answer: " + e.getCause());
                    }
                }
            }));
        }
        Thread cutter = started(() -> {
            try (Connection server = DriverManager.getConnection(SERVER, "postgres", "");
                 Statement statement = server.createStatement()) {
                long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                while (cutting.get() && System.nanoTime() < end) {
                    statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                            + database + "' AND pid <> pg_backend_pid()");
                    Thread.sleep(120);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (Thread thread : threads) {
            thread.join();
        }
        cutting.set(false);
        cutter.join();

        assertThat(wrong).as("answers that are neither a stored success nor a 5xx problem detail").isEmpty();
        assertThat(failures).as("the outage was felt").isNotEmpty();
        assertThat(failures).allSatisfy(failure -> assertThat(failure).matches("503 \\d+"));
        // The test's own pooled connections were cut too: the first queries may still fail.
        Set<String> stored = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                new HashSet<>(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%CardAdded'", String.class, retro)),
                found -> true);
        assertThat(acknowledged).allSatisfy(id -> assertThat(stored).anyMatch(payload -> payload.contains(id)));
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            JsonNode board = facilitator.get("/api/sessions/" + retro + "/board").body();
            assertThat(board.get("seq")).as("a board, not %s", board).isNotNull();
            assertThat(board.get("seq").asLong()).isEqualTo(eventCount(retro) - 1);
            Set<String> onBoard = new HashSet<>();
            board.get("cards").forEach(card -> onBoard.add(card.get("id").asText()));
            assertThat(onBoard).containsAll(acknowledged);
        });
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** While the database is away, commands are refused quickly with 503; once back, the boards catch up. */
    @Test
    void commandsAreRefusedQuicklyDuringAnOutageAndTheBoardsCatchUpOnceTheDatabaseIsBack() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        try (Connection server = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = server.createStatement()) {
            // The database goes away: no new connections, and the open ones end.
            statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            try {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "' AND pid <> pg_backend_pid()");
                // Long enough for the read models' processors to back off.
                long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < end) {
                    long asked = System.nanoTime();
                    ApiClient.Response refused = facilitator.post("/api/retros/" + retro + "/cards",
                            body("column", "KEEP", "text", "during the outage"));
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("refused within seconds, not held")
                            .isLessThan(Duration.ofSeconds(15));
                    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                }
            } finally {
                statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
        }
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "back")).status()
                        == 201);
        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> facilitator.get("/api/sessions/" + retro
                + "/board").body().get("seq").asLong() == eventCount(retro) - 1);
        // Generous for a shared machine: once its processor is back, the board needs well under a second.
        assertThat(Duration.ofNanos(System.nanoTime() - back)).as("catch-up once the database is back")
                .isLessThan(Duration.ofSeconds(4));
    }

    /**
     * The read models' processors fail again and again (their token table is away) while commands
     * still succeed; once the table is back, the boards catch up within seconds, not after a
     * back-off that has grown to 16 s or more.
     */
    @Test
    void aReadModelThatFailedForLongResumesWithinSecondsOnceItCanAgain() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        try (Connection server = DriverManager.getConnection(SERVER.replace("/postgres", "/" + jdbc.queryForObject(
                "SELECT current_database()", String.class)), "postgres", "");
             Statement statement = server.createStatement()) {
            statement.execute("ALTER TABLE tokenentry RENAME TO tokenentry_away");
            try {
                long end = System.nanoTime() + Duration.ofSeconds(16).toNanos();
                int i = 0;
                while (System.nanoTime() < end) {
                    assertThat(facilitator.post("/api/retros/" + retro + "/cards",
                            body("column", "KEEP", "text", "while the read models fail " + i++)).status())
                            .isEqualTo(201);
                    Thread.sleep(200);
                }
            } finally {
                statement.execute("ALTER TABLE tokenentry_away RENAME TO tokenentry");
            }
        }
        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> facilitator.get("/api/sessions/" + retro
                + "/board").body().get("seq").asLong() == eventCount(retro) - 1);
        assertThat(Duration.ofNanos(System.nanoTime() - back)).as("catch-up once the read models can work again")
                .isLessThan(Duration.ofSeconds(6));
    }
}
