package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.board.Board;
import se.pollinator.retro.board.BoardView;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** The board as of any point in a long, snapshotted history. */
class HistoryTest extends AppTest {

    private static final int EVENTS = 350;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private ObjectMapper json;

    @Test
    void theBoardAsOfEverySequenceNumberIsTheFoldOfTheEventsUpToItAndKeepsSecretsSecret() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        Login cia = person("Cia Member", "MEMBER");
        ApiClient facilitator = session(anna);
        ApiClient writer = session(bo);
        ApiClient reader = session(cia);
        String retro = newRetro(facilitator, "anonymousCards", true);
        String path = "/api/retros/" + retro;
        writer.post(path + "/participants", null);
        reader.post(path + "/participants", null);
        List<String> cards = new ArrayList<>();
        for (int i = 0; cards.size() < 300; i++) {
            ApiClient author = i % 3 == 0 ? facilitator : i % 3 == 1 ? writer : reader;
            cards.add(author.post(path + "/cards", body("column", "KEEP", "text", "card " + i)).id());
        }
        facilitator.post(path + "/phase", body("phase", "GROUP"));
        for (int i = 0; i < 20; i++) {
            writer.post(path + "/groups", body("cardIds", List.of(cards.get(2 * i), cards.get(2 * i + 1))));
        }
        facilitator.post(path + "/phase", body("phase", "VOTE"));
        for (ApiClient voter : List.of(facilitator, writer, reader)) {
            for (int i = 0; i < 3; i++) {
                voter.post(path + "/votes", body("targetId", cards.get(100 + i)));
            }
        }
        facilitator.post(path + "/phase", body("phase", "DISCUSS"));
        while (eventCount(retro) < EVENTS) {
            assertThat(facilitator.post(path + "/decisions", body("text", "decision")).status()).isEqualTo(201);
        }
        assertThat(jdbc.queryForObject("SELECT MAX(sequencenumber) FROM snapshotevententry "
                + "WHERE aggregateidentifier = ?", Long.class, retro)).as("snapshots were taken").isGreaterThan(100);

        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(retro, 0).asStream().toList();
        assertThat(history).hasSize(EVENTS);
        List<Board.Sequenced> folded = new ArrayList<>();
        for (DomainEventMessage<?> event : history) {
            folded.add(new Board.Sequenced(event.getSequenceNumber(), (RetroEvent) event.getPayload()));
            long seq = event.getSequenceNumber();
            JsonNode asOf = viewOnly(reader.get("/api/sessions/" + retro + "/board?asOf=" + seq).body());
            JsonNode expected = json.readTree(json.writeValueAsString(BoardView.forViewer(Board.of(folded), cia.id())));
            assertThat(asOf).as("the board as of %s", seq).isEqualTo(expected);
            for (JsonNode card : asOf.get("cards")) {
                assertThat(card.get("authorId").isNull()).as("anonymous author at %s", seq).isTrue();
                if ("REFLECT".equals(asOf.get("phase").asText()) && !card.get("mine").asBoolean()) {
                    assertThat(card.get("text").isNull()).as("hidden text at %s", seq).isTrue();
                }
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() ->
                reader.get("/api/sessions/" + retro + "/board").body().get("seq").asLong() == EVENTS - 1);
        assertThat(reader.get("/api/sessions/" + retro + "/board?asOf=" + (EVENTS - 1)).body())
                .isEqualTo(reader.get("/api/sessions/" + retro + "/board").body());
    }

    @Test
    void theBoardAsOfAnInstantHoldsTheEventsStoredUpToThen() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        for (int i = 0; i < 30; i++) {
            facilitator.post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "c" + i));
        }
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(retro, 0).asStream().toList();
        DomainEventMessage<?> middle = history.get(15);
        long expectedSeq = history.stream().filter(e -> !e.getTimestamp().isAfter(middle.getTimestamp()))
                .mapToLong(DomainEventMessage::getSequenceNumber).max().orElseThrow();
        JsonNode then = facilitator.get("/api/sessions/" + retro + "/board?asOf=" + middle.getTimestamp()).body();
        assertThat(then.get("seq").asLong()).isEqualTo(expectedSeq);
        assertThat(then.get("cards")).hasSize((int) expectedSeq - 1);

        ApiClient.Response before = facilitator.get("/api/sessions/" + retro + "/board?asOf="
                + history.get(0).getTimestamp().minusSeconds(60));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.body().get("code").asText()).isEqualTo("history.before-start");
        ApiClient.Response garbage = facilitator.get("/api/sessions/" + retro + "/board?asOf=yesterday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(garbage.detail()).contains("ISO-8601");
    }

    private static JsonNode viewOnly(JsonNode response) {
        ObjectNode view = response.deepCopy();
        view.remove("people");
        view.remove("you");
        return view;
    }
}
