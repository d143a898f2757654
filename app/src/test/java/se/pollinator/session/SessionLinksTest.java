package se.pollinator.session;

import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/**
 * A session is linked and joined by its id alone: the kernel knows its kind, and each kind's page
 * and commands from where the kind is registered ({@link SessionKind}), so no page needs a map of kinds.
 */
class SessionLinksTest extends AppTest {

    @Test
    void aSessionsLinkLeadsToThePageOfItsKindWithItsQueryKept() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String cafe = facilitator.post("/api/cafes", body("title", "Café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad?")))).id();
        String retro = newRetro(facilitator);
        awaitSettled(facilitator, cafe);

        ApiClient.Response toCafe = facilitator.get("/sessions/" + cafe + "?item=i1");
        assertThat(toCafe.status()).isEqualTo(302);
        assertThat(toCafe.headers().firstValue("Location")).hasValue("/cafe.html?id=" + cafe + "&item=i1");
        assertThat(facilitator.get("/sessions/" + retro + "?join=abc").headers().firstValue("Location"))
                .hasValue("/retro.html?id=" + retro + "&join=abc");

        ApiClient.Response unknown = facilitator.get("/sessions/0b7e9a52-3c1d-4f7e-9a1b-2c3d4e5f6a7b");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(facilitator.get("/sessions/not%0D%0ALocation:evil").status()).isEqualTo(400);
    }

    @Test
    void anySessionOneMayJoinByOneselfIsJoinedByOneRequestUnderItsKindsRules() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String thinkTank = facilitator.post("/api/thinktanks", body("title", "Modul 2:s", "module", 2,
                "questions", List.of("Vad?"))).id();
        String ofModule3 = facilitator.post("/api/thinktanks", body("title", "Modul 3:s", "module", 3,
                "questions", List.of("Vad?"))).id();
        String cafe = facilitator.post("/api/cafes", body("title", "Café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad?")))).id();
        awaitSettled(facilitator, ofModule3);
        awaitSettled(facilitator, cafe);

        Login mona = person("Mona Modul", "MEMBER");
        ApiClient member = api(mona);
        assertThat(member.post("/api/sessions/" + thinkTank + "/participants", null).status()).isEqualTo(200);
        assertThat(member.post("/api/sessions/" + cafe + "/participants", null).status()).isEqualTo(200);
        assertThat(awaitSettled(member, cafe).get("members").toString()).contains(mona.id());
        assertThat(awaitSettled(member, thinkTank).get("participants").toString()).contains(mona.id());

        ApiClient.Response refused = refusedWithoutWriting(ofModule3, 403,
                () -> member.post("/api/sessions/" + ofModule3 + "/participants", null));
        assertThat(refused.code()).as("the think tank's own rule").isNotBlank();
        assertThat(member.post("/api/sessions/0b7e9a52-3c1d-4f7e-9a1b-2c3d4e5f6a7b/participants", null).status())
                .isEqualTo(404);
    }

    @Test
    void theKindsAreNamedInSwedishAndEnglishFromWhereTheyAreRegistered() {
        ApiClient member = api(person("Mona Modul", "MEMBER"));
        assertThat(member.get("/api/session-kinds").body().toString())
                .contains("\"kind\":\"THINK_TANK\"", "\"sv\":\"Tankesmedja\"", "\"en\":\"Think tank\"",
                        "\"kind\":\"SEMINAR\"");
    }
}
