package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.pollinator.PollinatorApplication;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** The boards read model stores a board in parts, so that an event costs what it changed. */
class BoardStorageTest extends AppTest {

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
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retro_board_item WHERE retro_id = ? AND kind = 'CARD'",
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

    private JsonNode awaitSettled(ApiClient client, String retro) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/sessions/" + retro + "/board").body().get("seq").asLong() == eventCount(retro) - 1);
        return client.get("/api/sessions/" + retro + "/board").body();
    }

    private int headerLength(String retro) {
        return jdbc.queryForObject("SELECT LENGTH(state) FROM retro_board WHERE retro_id = ?", Integer.class, retro);
    }
}
