package se.pollinator.web;

import org.junit.jupiter.api.Test;
import se.pollinator.programme.ProgrammeSeed;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** Refusals a walk through the whole product found missing: each a problem detail, nothing written. */
class WalkThroughRefusalsTest extends AppTest {

    private String thinkTank(ApiClient facilitator) {
        ApiClient.Response created = facilitator.post("/api/thinktanks", body("title", "Tankesmedja", "module", 3,
                "questions", List.of("Vad hindrar oss?")));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.id();
    }

    private String cafe(ApiClient facilitator) {
        ApiClient.Response created = facilitator.post("/api/cafes", body("title", "Framtidscafé", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad behöver staden?"))));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.id();
    }

    @Test
    void aCommandSentWithAnotherKindsIdIsANotFoundAndWritesNothing() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String retro = newRetro(facilitator);
        String thinkTank = thinkTank(facilitator);
        String cafe = cafe(facilitator);

        assertThat(refusedWithoutWriting(thinkTank, 404, () -> facilitator.post("/api/retros/" + thinkTank
                + "/participants", null)).body().get("code").asText()).isEqualTo("session.unknown");
        assertThat(refusedWithoutWriting(cafe, 404, () -> facilitator.post("/api/thinktanks/" + cafe + "/phase",
                body("phase", "EXPLORE"))).body().get("code").asText()).isEqualTo("session.unknown");
        refusedWithoutWriting(retro, 404, () -> facilitator.post("/api/cafes/" + retro + "/participants", null));
    }

    @Test
    void aPersonMadeEvaluatorWritesNoMoreWhereTheyAlreadyTakePart() {
        Login maja = person("Maja Medlem", "MEMBER");
        String retro = newRetro(api(person("Fia Facilitator", "FACILITATOR", "MEMBER")));
        ApiClient member = api(maja);
        assertThat(member.post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
        assertThat(member.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Bra")).status())
                .isEqualTo(201);

        assertThat(admin.send("PUT", "/api/people/" + maja.id(), body("displayName", "Maja Medlem",
                "roles", List.of("EVALUATOR")), Map.of()).status()).isEqualTo(200);

        ApiClient evaluator = api(maja);
        assertThat(refusedWithoutWriting(retro, 403, () -> evaluator.post("/api/retros/" + retro + "/cards",
                body("column", "KEEP", "text", "Fortfarande här"))).body().get("code").asText())
                .isEqualTo("access.read-only");
        assertThat(evaluator.get("/api/sessions/" + retro + "/board").status()).as("still reads").isEqualTo(200);
    }

    @Test
    void fractionsWhereWholeNumbersBelongAreRefusedNotTruncated() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String cafe = cafe(facilitator);
        ApiClient.Response refused = refusedWithoutWriting(cafe, 400, () -> facilitator.post("/api/cafes/" + cafe
                + "/invitations", body("maxUses", 2.5)));
        assertThat(refused.body().get("detail").asText()).contains("maxUses");
        assertThat(facilitator.post("/api/cafes/" + cafe + "/invitations", body("maxUses", 2)).status())
                .isEqualTo(201);
    }

    @Test
    void anEvaluatorIsNeverMadePilotAndAPilotMadeEvaluatorManagesNoMembers() {
        Login eva = person("Eva Lund", "EVALUATOR");
        assertThat(refusedWithoutWriting(ProgrammeSeed.PROGRAMME_ID, 400, () -> admin.send("PUT",
                "/api/programme/municipalities/LUND/pilot", body("personId", eva.id()), Map.of()))
                .body().get("code").asText()).isEqualTo("programme.pilot-takes-part");

        Login pia = person("Pia Lots", "MEMBER");
        Login lena = outsider("Lena Holm", "MEMBER");
        assertThat(admin.send("PUT", "/api/programme/municipalities/LUND/pilot", body("personId", pia.id()), Map.of())
                .status()).isEqualTo(200);
        assertThat(admin.send("PUT", "/api/people/" + pia.id(), body("displayName", "Pia Lots",
                "roles", List.of("EVALUATOR")), Map.of()).status()).isEqualTo(200);
        assertThat(refusedWithoutWriting(ProgrammeSeed.PROGRAMME_ID, 403, () -> api(pia).post(
                "/api/programme/municipalities/LUND/members", body("personId", lena.id()))).body().get("code")
                .asText()).isEqualTo("programme.admin-or-pilot");
    }

    @Test
    void aCafeGuestReadsNoDescriptionOfTheApi() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String cafe = cafe(facilitator);
        String token = facilitator.post("/api/cafes/" + cafe + "/invitations", body("maxUses", 3)).body()
                .get("token").asText();
        ApiClient guest = ApiClient.anonymous(port);
        guest.get("/guest.html");
        assertThat(guest.post("/api/guest/" + token, body("displayName", "Gäst")).status()).isEqualTo(200);

        assertThat(guest.get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(guest.get("/swagger-ui.html").status()).isEqualTo(403);
        assertThat(facilitator.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void aNullInsideAListIsAMalformedRequestThatWritesNothing() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        List<Object> holdingNull = new java.util.ArrayList<>();
        holdingNull.add(null);

        ApiClient.Response cafe = facilitator.post("/api/cafes", body("title", "Café", "theme", "Staden",
                "tables", holdingNull));
        assertThat(cafe.status()).as(String.valueOf(cafe.body())).isEqualTo(400);
        assertThat(cafe.contentType()).startsWith("application/problem+json");
        assertThat(cafe.body().get("detail").asText()).contains("tables");
        ApiClient.Response thinkTank = facilitator.post("/api/thinktanks", body("title", "Tankesmedja", "module", 3,
                "questions", List.of("Varför?"), "experts", holdingNull));
        assertThat(thinkTank.status()).as(String.valueOf(thinkTank.body())).isEqualTo(400);
        assertThat(thinkTank.body().get("detail").asText()).contains("experts");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }
}
