package se.pollinator.retro;

import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/**
 * Many people writing on one board at once, while it is snapshotted again and again: every
 * command is answered with success, none waits for a connection held by another.
 */
class ConcurrentWritersTest extends AppTest {

    @Test
    void sixteenWritersOnOneSnapshottedBoardAllSucceed() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        String retro = newRetro(session(anna), "privateReflection", false);
        List<ApiClient> writers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ApiClient writer = session(person("Writer " + i, "MEMBER"));
            writer.post("/api/retros/" + retro + "/participants", null);
            writers.add(writer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<CompletableFuture<List<Integer>>> work = writers.stream().map(writer -> CompletableFuture.supplyAsync(
                    () -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < 25; i++) {
                            statuses.add(writer.post("/api/retros/" + retro + "/cards",
                                    body("column", "KEEP", "text", "card " + i)).status());
                        }
                        return statuses;
                    }, pool)).toList();
            List<Integer> statuses = work.stream().flatMap(future -> future.join().stream()).toList();
            assertThat(statuses).hasSize(16 * 25).containsOnly(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Long.class, retro)).as("the board was snapshotted meanwhile").isPositive();
    }
}
