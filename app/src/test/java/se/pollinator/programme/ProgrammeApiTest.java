package se.pollinator.programme;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** The programme as data, over HTTP on PostgreSQL; and retros stored before it still fold as they did. */
class ProgrammeApiTest extends AppTest {

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void theProgrammeStartsWithItsModulesAndMunicipalityProjectsInBothLanguages() {
        ApiClient member = api(person("Bo Ek", "MEMBER"));
        JsonNode swedish = member.get("/api/programme").body();
        assertThat(swedish.get("modules")).hasSizeGreaterThanOrEqualTo(5);
        JsonNode three = byId(swedish.get("modules"), "3");
        assertThat(three.get("number").asInt()).isEqualTo(3);
        assertThat(three.get("name").asText()).isEqualTo("Strategisk ledning");
        assertThat(three.get("nameEn").asText()).isEqualTo("Strategic leadership");
        for (String id : new String[]{"GOTEBORG", "JARFALLA", "LUND", "MALMO", "STOCKHOLM", "UPPSALA"}) {
            assertThat(byId(swedish.get("municipalities"), id).get("planId").asText())
                    .isEqualTo("plan-" + id.toLowerCase());
        }
        assertThat(byId(swedish.get("municipalities"), "GOTEBORG").get("name").asText()).isEqualTo("Göteborg");
        JsonNode english = member.send("GET", "/api/programme", null, Map.of("Accept-Language", "en-GB,en;q=0.9")).body();
        assertThat(byId(english.get("modules"), "3").get("name").asText()).isEqualTo("Strategic leadership");
    }

    @Test
    void anAdminAddsRenamesAndRetiresAProjectWhichKeepsItsPlanButIsNoLongerOffered() {
        String name = "Västerås " + UUID.randomUUID().toString().substring(0, 4);
        ApiClient.Response added = admin.post("/api/programme/municipalities", body("nameSv", name));
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        String id = added.id();
        assertThat(id).startsWith("VASTERAS-");
        assertThat(added.body().get("planId").asText()).isEqualTo("plan-" + id.toLowerCase());

        admin.send("PUT", "/api/programme/municipalities/" + id, body("nameSv", name + " stad", "nameEn",
                name + " City"), Map.of());
        ApiClient facilitator = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
        String retro = newRetro(facilitator, "municipality", id);
        assertThat(facilitator.post("/api/plans/plan-" + id.toLowerCase() + "/goals",
                body("title", "Första målet", "rationale", "Start")).status()).isEqualTo(201);

        assertThat(admin.post("/api/programme/municipalities/" + id + "/retire", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                byId(admin.get("/api/programme").body().get("municipalities"), id).get("retired").asBoolean());
        JsonNode project = byId(admin.get("/api/programme").body().get("municipalities"), id);
        assertThat(project.get("name").asText()).isEqualTo(name + " stad");
        assertThat(facilitator.post("/api/retros", body("title", "Ny", "module", 2, "municipality", id)).body()
                .get("code").asText()).isEqualTo("municipality.unknown");
        assertThat(facilitator.get("/api/plans/plan-" + id.toLowerCase()).body().get("goals")).hasSize(1);
        assertThat(facilitator.post("/api/plans/plan-" + id.toLowerCase() + "/goals",
                body("title", "Sent", "rationale", "Efteråt")).status()).isEqualTo(409);
        assertThat(facilitator.get("/api/sessions/" + retro + "/board").status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminChangesTheProgrammeAndAPilotManagesTheirProjectsMembers() {
        Login pia = person("Pia Lots", "MEMBER");
        Login lena = outsider("Lena Holm", "MEMBER");
        ApiClient pilot = api(pia);
        long before = eventCount(ProgrammeSeed.PROGRAMME_ID);
        assertThat(pilot.post("/api/programme/modules", body("nameSv", "Obehörig")).status()).isEqualTo(403);
        assertThat(pilot.send("PUT", "/api/programme/municipalities/LUND/pilot", body("personId", pia.id()), Map.of())
                .status()).isEqualTo(403);
        assertThat(pilot.post("/api/programme/municipalities/LUND/members", body("personId", lena.id())).status())
                .isEqualTo(403);
        assertThat(eventCount(ProgrammeSeed.PROGRAMME_ID)).isEqualTo(before);

        assertThat(admin.send("PUT", "/api/programme/municipalities/LUND/pilot", body("personId", pia.id()), Map.of())
                .status()).isEqualTo(200);
        assertThat(pilot.post("/api/programme/municipalities/LUND/members", body("personId", lena.id())).status())
                .isEqualTo(200);
        JsonNode lund = byId(pilot.get("/api/programme").body().get("municipalities"), "LUND");
        assertThat(lund.get("pilotId").asText()).isEqualTo(pia.id());
        assertThat(lund.get("memberIds").toString()).contains(lena.id());
        assertThat(api(lena).get("/api/plans/plan-lund").status()).isEqualTo(200);

        assertThat(pilot.send("DELETE", "/api/programme/municipalities/LUND/members/" + lena.id(), null, Map.of())
                .status()).isEqualTo(200);
        assertThat(api(lena).get("/api/plans/plan-lund").status()).isEqualTo(403);
        assertThat(admin.post("/api/programme/municipalities/LUND/members", body("personId", "nobody")).status())
                .isEqualTo(404);
        assertThat(admin.post("/api/programme/modules/99/members", body("personId", lena.id())).status())
                .isEqualTo(404);
    }

    @Test
    void anAdminAddsAModuleThatRetrosCanThenName() {
        ApiClient.Response added = admin.post("/api/programme/modules", body("nameSv", "Utvärdering", "nameEn",
                "Evaluation"));
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        int number = Integer.parseInt(added.id());
        assertThat(number).isGreaterThan(5);
        ApiClient facilitator = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
        assertThat(facilitator.post("/api/retros", body("title", "Ny modul", "module", number)).status()).isEqualTo(201);
        assertThat(facilitator.post("/api/retros", body("title", "Ingen modul", "module", number + 50)).body()
                .get("code").asText()).isEqualTo("module.unknown");
        assertThat(admin.post("/api/programme/modules/" + number + "/retire", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                byId(admin.get("/api/programme").body().get("modules"), String.valueOf(number)).get("retired").asBoolean());
        assertThat(facilitator.post("/api/retros", body("title", "Avslutad modul", "module", number)).body()
                .get("code").asText()).as("a retired module is no longer offered").isEqualTo("module.unknown");
    }

    @Test
    void aRetroStoredBeforeTheProgrammeWasDataStillFoldsTakesCommandsAndServesAsASource() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        String retro = UUID.randomUUID().toString();
        String at = Instant.now().minus(Duration.ofDays(30)).toString();
        // Exactly as the retro's events were written while municipality projects were an enum.
        stored(retro, 0, "RetroCreated", "{\"retroId\":\"" + retro + "\",\"facilitatorId\":\"" + anna.id() + "\","
                + "\"title\":\"Gammal retro\",\"module\":4,\"municipality\":\"MALMO\",\"scheduledAt\":null,"
                + "\"voteBudget\":3,\"anonymousCards\":false,\"privateReflection\":false,\"earlierActions\":[],"
                + "\"joinToken\":\"old-share-link-token-0001\",\"openToModule\":false}", anna.id(), at);
        stored(retro, 1, "ParticipantJoined", "{\"retroId\":\"" + retro + "\",\"personId\":\"" + anna.id() + "\"}",
                anna.id(), at);
        stored(retro, 2, "PhaseChanged", "{\"retroId\":\"" + retro + "\",\"from\":\"REFLECT\",\"to\":\"GROUP\","
                + "\"byId\":\"" + anna.id() + "\"}", anna.id(), at);
        stored(retro, 3, "PhaseChanged", "{\"retroId\":\"" + retro + "\",\"from\":\"GROUP\",\"to\":\"VOTE\","
                + "\"byId\":\"" + anna.id() + "\"}", anna.id(), at);
        stored(retro, 4, "PhaseChanged", "{\"retroId\":\"" + retro + "\",\"from\":\"VOTE\",\"to\":\"DISCUSS\","
                + "\"byId\":\"" + anna.id() + "\"}", anna.id(), at);
        stored(retro, 5, "DecisionRecorded", "{\"retroId\":\"" + retro + "\",\"decisionId\":\"old-decision\","
                + "\"byId\":\"" + anna.id() + "\",\"text\":\"Träffas varje månad\"}", anna.id(), at);

        ApiClient facilitator = api(anna);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                facilitator.get("/api/sessions/" + retro + "/board").status() == 200);
        JsonNode board = awaitSettled(facilitator, retro);
        assertThat(board.get("municipality").asText()).isEqualTo("MALMO");
        assertThat(board.get("module").asInt()).isEqualTo(4);
        assertThat(board.get("phase").asText()).isEqualTo("DISCUSS");
        assertThat(byId(facilitator.get("/api/retros").body(), retro).get("municipalityName").asText())
                .isEqualTo("Malmö");

        assertThat(facilitator.post("/api/retros/" + retro + "/decisions", body("text", "Och en till")).status())
                .isEqualTo(201);
        ApiClient.Response goal = facilitator.post("/api/plans/plan-malmo/goals", body("title", "Månadsmöten",
                "rationale", "Den gamla retron", "source", Map.of("sessionId", retro, "itemId", "old-decision")));
        assertThat(goal.status()).as(String.valueOf(goal.body())).isEqualTo(201);
        assertThat(facilitator.get("/api/plans/plan-malmo/sources?q=varje").body().toString())
                .contains("old-decision", "Gammal retro");
    }

    private void stored(String aggregate, long seq, String event, String payload, String personId, String at) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Retro', ?, ?, ?, "
                        + "NULL, ?, ?)", aggregate, seq, UUID.randomUUID().toString(),
                ("{\"personId\":\"" + personId + "\"}").getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "se.pollinator.retro.RetroEvents$" + event, at);
    }
}
