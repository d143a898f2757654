package se.pollinator.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** "What may I join?": a module's think tanks for its people, open cafés for anyone taking part, never a retro. */
class JoinableSessionsTest extends AppTest {

    private static List<String> ids(JsonNode listed) {
        return StreamSupport.stream(listed.spliterator(), false).map(session -> session.get("id").asText()).toList();
    }

    @Test
    void eachPersonIsOfferedWhatTheyMayJoinByThemselvesAndHaveNotJoined() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(fia);
        String ofModule2 = facilitator.post("/api/thinktanks", body("title", "Modul 2:s", "module", 2,
                "questions", List.of("Vad?"))).id();
        String ofModule3 = facilitator.post("/api/thinktanks", body("title", "Modul 3:s", "module", 3,
                "questions", List.of("Vad?"))).id();
        String cafe = facilitator.post("/api/cafes", body("title", "Café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad?")))).id();
        String closedCafe = facilitator.post("/api/cafes", body("title", "Stängt café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad?")))).id();
        facilitator.post("/api/cafes/" + closedCafe + "/close", null);
        String retro = newRetro(facilitator);
        awaitSettled(facilitator, closedCafe);

        Login mona = person("Mona Modul", "MEMBER");
        ApiClient member = api(mona);
        JsonNode offered = member.get("/api/sessions/joinable").body();
        assertThat(ids(offered)).contains(ofModule2, cafe).doesNotContain(ofModule3, closedCafe, retro);
        JsonNode first = StreamSupport.stream(offered.spliterator(), false)
                .filter(session -> session.get("id").asText().equals(ofModule2)).findFirst().orElseThrow();
        assertThat(first.get("kind").asText()).isEqualTo("THINK_TANK");
        assertThat(first.get("title").asText()).isEqualTo("Modul 2:s");
        assertThat(first.get("facilitatorName").asText()).isEqualTo("Fia Facilitator");

        assertThat(member.post("/api/thinktanks/" + ofModule2 + "/participants", null).status()).isEqualTo(200);
        assertThat(ids(member.get("/api/sessions/joinable").body())).as("joined: among their sessions now")
                .doesNotContain(ofModule2).contains(cafe);
        assertThat(ids(facilitator.get("/api/sessions/joinable").body())).as("what she facilitates is hers already")
                .doesNotContain(ofModule2, ofModule3, cafe);
        assertThat(ids(api(person("Fred Facilitator", "FACILITATOR")).get("/api/sessions/joinable").body()))
                .as("a facilitator is of every module").contains(ofModule2, ofModule3, cafe);

        assertThat(api(person("Eva Utvärderare", "EVALUATOR")).get("/api/sessions/joinable").body())
                .as("an evaluator reads every session and joins none").isEmpty();
    }
}
