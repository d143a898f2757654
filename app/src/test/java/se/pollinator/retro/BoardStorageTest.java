package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.pollinator.PollinatorApplication;
import se.pollinator.retro.board.BoardProjection;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * The boards read model stores a board in parts, so that an event costs what it changed, and
 * writes what a batch of events changed once.
 */
class BoardStorageTest extends AppTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void anEventRewritesOnlyWhatItChangedAndTheStoredPartsMakeTheSameBoardOnAnotherNode() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        ApiClient facilitator = session(anna);
        ApiClient member = session(bo);
        String retro = newRetro(facilitator, "privateReflection", false, "anonymousCards", true);
        String path = "/api/retros/" + retro;
        member.post(path + "/participants", null);
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ApiClient author = i % 2 == 0 ? facilitator : member;
            cards.add(author.post(path + "/cards", body("column", i % 3 == 0 ? "KEEP" : "STOP",
                    "text", "Card number " + i + " with a little text to weigh something")).id());
        }
        awaitSettled(facilitator, retro);
        int headerWithManyCards = headerLength(retro);

        facilitator.post(path + "/phase", body("phase", "GROUP"));
        String group = member.post(path + "/groups", body("cardIds", List.of(cards.get(1), cards.get(4)))).id();
        member.put(path + "/groups/" + group + "/name", body("name", "Möten"));
        facilitator.delete(path + "/cards/" + cards.get(1) + "/group");
        facilitator.post(path + "/phase", body("phase", "VOTE"));
        member.post(path + "/votes", body("targetId", group));
        member.post(path + "/votes", body("targetId", group));
        member.delete(path + "/votes/" + group);
        facilitator.post(path + "/votes", body("targetId", cards.get(7)));
        facilitator.post(path + "/phase", body("phase", "DISCUSS"));
        facilitator.post(path + "/decisions", body("text", "Kortare möten"));
        facilitator.post(path + "/actions", body("text", "Boka rum", "ownerId", bo.id(), "dueDate", "2027-01-15"));
        JsonNode here = awaitSettled(facilitator, retro);

        assertThat(headerLength(retro)).as("the header does not grow with the cards").isLessThan(2_000);
        assertThat(headerWithManyCards).isLessThan(2_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_part WHERE session_id = ? AND kind = 'CARD'",
                Integer.class, retro)).isEqualTo(120);

        // Another node has nothing cached: it reads the board from its stored parts.
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(PollinatorApplication.class)
                .profiles("test").run("--server.port=0")) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            JsonNode there = new ApiClient(otherPort, anna.username(), anna.password())
                    .get("/api/sessions/" + retro + "/board").body();
            assertThat(there).isEqualTo(here);
        }
    }

    @Test
    void theEventsOfOneBatchWriteEachBoardsHeaderOnce() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator);
        awaitSettled(facilitator, retro);
        countHeaderWrites();
        try {
            pausingBoards(() -> {
                for (int i = 0; i < 150; i++) {
                    facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Kort " + i));
                }
            });
            assertThat(awaitSettled(facilitator, retro).get("cards")).hasSize(150);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_header_writes WHERE session_id = ?",
                    Integer.class, retro)).as("150 events, caught up in one batch of up to 1,000").isEqualTo(1);
        } finally {
            jdbc.execute("DROP TABLE test_header_writes CASCADE");
            jdbc.execute("DROP FUNCTION test_count_header_write CASCADE");
        }
    }

    @Test
    void whenTheWritesOfABatchFailOnlyTheEventThatCausedItIsParked() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        ApiClient facilitator = api(anna);
        String healthy = newRetro(facilitator);
        String blocked = newRetro(facilitator);
        awaitSettled(facilitator, blocked);
        // A read-model row in the way: storing Bo's joining fails on its primary key.
        jdbc.update("INSERT INTO session_member (session_id, person_id) VALUES (?, ?)", blocked, bo.id());
        pausingBoards(() -> {
            facilitator.post("/api/retros/" + healthy + "/cards", body("column", "KEEP", "text", "Före"));
            api(bo).post("/api/retros/" + blocked + "/participants", null);
            facilitator.post("/api/retros/" + blocked + "/cards", body("column", "KEEP", "text", "Efter"));
            facilitator.post("/api/retros/" + healthy + "/cards", body("column", "STOP", "text", "Efter"));
        });

        assertThat(awaitSettled(facilitator, healthy).get("cards")).hasSize(2);
        SequencedDeadLetterQueue<EventMessage<?>> parked = processing.deadLetterQueue(BoardProjection.GROUP)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> parked.contains(blocked));
        assertThat(parked.sequenceSize(blocked)).as("the join and the card after it, in order").isEqualTo(2);
        JsonNode board = facilitator.get("/api/sessions/" + blocked + "/board").body();
        assertThat(board.get("seq").asLong()).isEqualTo(eventCount(blocked) - 3);
        assertThat(board.get("cards")).isEmpty();

        jdbc.update("DELETE FROM session_member WHERE session_id = ? AND person_id = ?", blocked, bo.id());
        assertThat(awaitSettled(facilitator, blocked).get("cards")).hasSize(1);
    }

    /** Counts, per retro, the updates of its board header from now on (a trigger, dropped after). */
    private void countHeaderWrites() {
        jdbc.execute("CREATE TABLE test_header_writes (session_id TEXT)");
        jdbc.execute("CREATE FUNCTION test_count_header_write() RETURNS trigger AS $$ BEGIN "
                + "INSERT INTO test_header_writes VALUES (NEW.session_id); RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER test_header_writes AFTER UPDATE ON session_board FOR EACH ROW "
                + "EXECUTE FUNCTION test_count_header_write()");
    }

    /** Stores events while the boards read model stands still, so that it meets them in one batch. */
    private void pausingBoards(Runnable writes) {
        TrackingEventProcessor boards = processing.eventProcessor(BoardProjection.GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        boards.shutDown();
        try {
            writes.run();
        } finally {
            boards.start();
        }
    }

    private int headerLength(String retro) {
        return jdbc.queryForObject("SELECT LENGTH(header) FROM session_board WHERE session_id = ?", Integer.class, retro);
    }
}
