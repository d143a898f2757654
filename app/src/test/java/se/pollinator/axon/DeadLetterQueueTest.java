package se.pollinator.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.retro.Column;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.board.BoardProjection;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * An event a projection cannot handle is parked in the dead-letter queue, in order, instead of
 * being skipped. This checks that queue's table (Flyway's, not Axon's) stores and returns one.
 */
class DeadLetterQueueTest extends AppTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aParkedEventIsStoredAndReadBackWhole() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(BoardProjection.GROUP)
                .orElseThrow(() -> new AssertionError("the boards projection has a dead-letter queue"));
        String retro = "dlq-" + System.nanoTime();
        EventMessage<?> event = new GenericDomainEventMessage<>("Retro", retro, 3,
                new CardAdded(retro, "c1", "p1", Column.STOP, "Parked"));
        queue.enqueue(retro, new GenericDeadLetter<>(retro, event, new IllegalStateException("read model down")));

        assertThat(queue.contains(retro)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deadletterentry WHERE sequenceidentifier = ?",
                Long.class, retro)).isEqualTo(1);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(retro).forEach(letters::add);
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.message().getPayload()).isEqualTo(new CardAdded(retro, "c1", "p1", Column.STOP, "Parked"));
            assertThat(letter.cause()).hasValueSatisfying(cause -> assertThat(cause.message()).contains("read model down"));
        });
        queue.evict(letters.get(0));
        assertThat(queue.contains(retro)).isFalse();
    }

    @Test
    void aBoardThatFailedOnAnEventIsParkedAndCatchesUpOnceTheCauseIsGone() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        // A read-model row in the way: folding Bo's joining will fail on its primary key.
        jdbc.update("INSERT INTO session_member (session_id, person_id) VALUES (?, ?)", retro, bo.id());
        assertThat(api(bo).post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
        api(bo).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "after the failure"));

        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(BoardProjection.GROUP).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.contains(retro));
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("cards")).isEmpty();

        jdbc.update("DELETE FROM session_member WHERE session_id = ? AND person_id = ?", retro, bo.id());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode board = api(anna).get("/api/sessions/" + retro + "/board").body();
            assertThat(board.get("seq").asLong()).isEqualTo(eventCount(retro) - 1);
            assertThat(board.get("participants").toString()).contains(bo.id());
            assertThat(board.get("cards")).hasSize(1);
        });
        assertThat(queue.contains(retro)).isFalse();
    }

    @Test
    void parkedEventsAreListedForAdminsTriedAgainLaterEachTimeAndRetriedAtOnceOnDemand() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        jdbc.update("INSERT INTO session_member (session_id, person_id) VALUES (?, ?)", retro, bo.id());
        api(bo).post("/api/retros/" + retro + "/participants", null);
        ApiClient admin = session(new Login(null, "admin", "admin-password"));

        JsonNode parked = await().atMost(Duration.ofSeconds(20)).until(() -> parkedOf(admin, retro),
                letter -> letter != null && letter.get("attempts").asInt() >= 3);
        assertThat(parked.get("group").asText()).isEqualTo(BoardProjection.GROUP);
        assertThat(parked.get("eventType").asText()).isEqualTo("ParticipantJoined");
        assertThat(parked.get("aggregateSeq").asLong()).isEqualTo(2);
        assertThat(parked.get("error").asText()).contains("session_member");
        int attempts = parked.get("attempts").asInt();
        assertThat(Duration.between(Instant.parse(parked.get("lastTriedAt").asText()),
                Instant.parse(parked.get("nextTryAt").asText())))
                .as("the wait doubles with every failed try").isEqualTo(Duration.ofSeconds(1L << (attempts - 1)));
        assertThat(api(bo).get("/api/admin/dead-letters").status()).isEqualTo(403);
        assertThat(admin.get("/actuator/metrics/pollinator.dead.letters?tag=group:boards").body()
                .get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

        jdbc.update("DELETE FROM session_member WHERE session_id = ? AND person_id = ?", retro, bo.id());
        ApiClient.Response retried = admin.post("/api/admin/dead-letters/retry", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("caughtUp").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(parkedOf(admin, retro)).isNull();
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("participants").toString())
                .contains(bo.id());
    }

    private static JsonNode parkedOf(ApiClient admin, String retro) {
        for (JsonNode letter : admin.get("/api/admin/dead-letters").body()) {
            if (retro.equals(letter.get("aggregateId").asText())) {
                return letter;
            }
        }
        return null;
    }
}
