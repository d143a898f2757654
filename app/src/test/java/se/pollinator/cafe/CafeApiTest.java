package se.pollinator.cafe;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Cafés over HTTP and real STOMP on PostgreSQL: rounds, notes, a harvest, and a guest who came through a link. */
class CafeApiTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SCRIPTY = "<img src=x onerror=alert(1)>Gäst";

    private record Cafe(String id, String firstTable, String secondTable, ApiClient facilitator, ApiClient host,
                        Login hostLogin) {
    }

    private Cafe cafe() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login hanna = person("Hanna Värd", "MEMBER");
        ApiClient facilitator = api(fia);
        ApiClient.Response created = facilitator.post("/api/cafes", body("title", "Framtidscafé", "theme",
                "Klimatneutral stad", "tables", List.of(Map.of("question", "Vad behöver staden?", "hostId", hanna.id()),
                        Map.of("question", "Vem saknas?"))));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        JsonNode board = awaitSettled(facilitator, created.id());
        return new Cafe(created.id(), board.get("tables").get(0).get("id").asText(),
                board.get("tables").get(1).get("id").asText(), facilitator, api(hanna), hanna);
    }

    /** A browser that followed the link and chose a name: signed in as the café's guest. */
    private ApiClient guest(String token, String displayName) {
        ApiClient guest = ApiClient.anonymous(port);
        guest.get("/guest.html");
        ApiClient.Response admitted = guest.post("/api/guest/" + token, body("displayName", displayName));
        assertThat(admitted.status()).as(String.valueOf(admitted.body())).isEqualTo(200);
        return guest;
    }

    private String invitation(Cafe cafe, Object... fields) {
        ApiClient.Response invited = cafe.facilitator().post("/api/cafes/" + cafe.id() + "/invitations", body(fields));
        assertThat(invited.status()).as(String.valueOf(invited.body())).isEqualTo(201);
        assertThat(invited.body().get("url").asText()).contains("/guest.html?token=");
        return invited.body().get("token").asText();
    }

    @Test
    void aCafeRunsTwoRoundsAndAHarvestWithAGuestWhoseNotesAppearLive() {
        Cafe cafe = cafe();
        String path = "/api/cafes/" + cafe.id();
        ApiClient guest = guest(invitation(cafe, "maxUses", 3), SCRIPTY);
        assertThat(guest.get("/api/me").body().get("roles").toString()).contains("GUEST");
        JsonNode seen = guest.get("/api/sessions/" + cafe.id() + "/board").body();
        assertThat(seen.get("kind").asText()).isEqualTo("CAFE");
        String guestId = guest.get("/api/me").body().get("id").asText();
        assertThat(seen.get("people").get(guestId).asText()).as("shown as given; the page puts it in as text")
                .isEqualTo(SCRIPTY);

        cafe.facilitator().post(path + "/rounds", body("seconds", 600));
        assertThat(guest.post(path + "/seats", body("tableId", cafe.secondTable())).status()).isEqualTo(200);
        String first;
        try (StompWatcher watcher = stomp(cafe.hostLogin())) {
            watchBoard(watcher, cafe.id(), cafe.hostLogin().id());
            first = guest.post(path + "/notes", body("text", "Fler cykelbanor")).id();
            await().atMost(WAIT).until(() -> watcher.messages("/topic/sessions/" + cafe.id()).stream()
                    .anyMatch(message -> "NotePosted".equals(message.get("type"))));
            Map<String, Object> note = watcher.messages("/topic/sessions/" + cafe.id()).stream()
                    .filter(message -> "NotePosted".equals(message.get("type"))).findFirst().orElseThrow();
            assertThat(note).containsEntry("kind", "CAFE").containsKeys("seq", "header", "upserts");
            assertThat(note.get("upserts").toString()).contains("Fler cykelbanor");
        }
        assertThat(cafe.host().post(path + "/notes", body("text", "Trygga stråk")).status()).isEqualTo(201);
        cafe.facilitator().post(path + "/rounds/end", null);
        assertThat(cafe.host().post(path + "/tables/" + cafe.firstTable() + "/summary",
                body("text", "Trygghet och cykling")).status()).isEqualTo(200);
        assertThat(cafe.facilitator().post(path + "/seats/shuffle", null).status()).isEqualTo(200);
        cafe.facilitator().post(path + "/rounds", body("seconds", 600));
        String second = guest.post(path + "/notes", body("text", "Mötesplatser för unga")).id();
        cafe.facilitator().post(path + "/rounds/end", null);
        cafe.facilitator().post(path + "/harvest", null);
        ApiClient.Response insight = cafe.facilitator().post(path + "/harvest/insights",
                body("text", "Staden behöver trygga mötesplatser", "noteIds", List.of(first, second)));
        assertThat(insight.status()).as(String.valueOf(insight.body())).isEqualTo(201);
        cafe.facilitator().post(path + "/close", null);

        JsonNode board = awaitSettled(cafe.facilitator(), cafe.id());
        assertThat(board.get("round").asInt()).isEqualTo(2);
        assertThat(board.get("closed").asBoolean()).isTrue();
        String firstTable = board.get("tables").get(0).get("id").asText();
        assertThat(board.get("notes").findParents("tableId").stream()
                .filter(note -> note.get("tableId").asText().equals(firstTable)).map(note -> note.get("text").asText()))
                .as("the shuffle moved the guest to the first table").contains("Mötesplatser för unga");
        assertThat(board.get("tables").get(0).get("summaries").get(0).get("text").asText())
                .isEqualTo("Trygghet och cykling");
        assertThat(board.get("harvest").get(0).get("noteIds")).hasSize(2);

        ApiClient.Response goal = cafe.facilitator().post("/api/plans/plan-uppsala/goals", body("title",
                "Trygga mötesplatser", "rationale", "Caféets skörd", "source", Map.of("sessionId", cafe.id(),
                        "itemId", insight.id())));
        assertThat(goal.status()).as(String.valueOf(goal.body())).isEqualTo(201);
    }

    @Test
    void theShufflePartsThoseWhoSatTogetherAndLeavesTheHostsWhereTheyAre() {
        Cafe cafe = cafe();
        String path = "/api/cafes/" + cafe.id();
        ApiClient anna = api(person("Anna Ek", "MEMBER"));
        ApiClient bo = api(person("Bo Ek", "MEMBER"));
        for (ApiClient member : List.of(anna, bo)) {
            member.post(path + "/participants", null);
        }
        cafe.facilitator().post(path + "/rounds", body("seconds", 600));
        for (ApiClient member : List.of(anna, bo)) {
            assertThat(member.post(path + "/seats", body("tableId", cafe.secondTable())).status()).isEqualTo(200);
        }
        cafe.facilitator().post(path + "/rounds/end", null);
        JsonNode seats = cafe.facilitator().post(path + "/seats/shuffle", null).body();
        String annaId = anna.get("/api/me").body().get("id").asText();
        String boId = bo.get("/api/me").body().get("id").asText();
        assertThat(seats.get(annaId).asText()).as("those who sat together are parted")
                .isNotEqualTo(seats.get(boId).asText());
        assertThat(seats.has(cafe.hostLogin().id())).as("the host stays").isFalse();
        JsonNode board = awaitSettled(cafe.facilitator(), cafe.id());
        assertThat(board.get("tables").get(0).get("hostId").asText()).isEqualTo(cafe.hostLogin().id());
    }

    @Test
    void aCafeNamesItsModuleAndMunicipalityProjectsSoItCanBeAttributed() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String cafe = facilitator.post("/api/cafes", body("title", "Lunds café", "theme", "Staden", "module", 3,
                "municipalities", List.of("LUND"), "tables", List.of(Map.of("question", "Vad?")))).id();
        JsonNode board = awaitSettled(facilitator, cafe);
        assertThat(board.get("module").asInt()).isEqualTo(3);
        assertThat(board.get("municipalities").toString()).isEqualTo("[\"LUND\"]");
        JsonNode listed = null;
        for (JsonNode session : facilitator.get("/api/sessions?kind=CAFE").body()) {
            if (session.get("id").asText().equals(cafe)) {
                listed = session;
            }
        }
        assertThat(listed.get("module").asInt()).isEqualTo(3);
        assertThat(listed.get("municipality").asText()).isEqualTo("LUND");

        for (Object[] wrong : new Object[][]{{"module", 99}, {"municipalities", List.of("ATLANTIS")}}) {
            ApiClient.Response refused = facilitator.post("/api/cafes", body("title", "Fel", "theme", "Staden",
                    wrong[0], wrong[1], "tables", List.of(Map.of("question", "Vad?"))));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("code").asText()).startsWith(wrong[0].equals("module") ? "module." : "municipality.");
        }
    }

    @Test
    void aGuestIsRefusedEverywhereElseAndCutOffAtOnceWhenTheLinkIsRevoked() {
        Cafe cafe = cafe();
        String retro = newRetro(cafe.facilitator());
        String token = invitation(cafe);
        ApiClient guest = guest(token, "Gästen");
        for (String path : List.of("/api/retros", "/api/programme", "/api/plans", "/api/plans/plan-lund",
                "/api/sessions", "/api/sessions/" + retro + "/board", "/api/people", "/api/directory",
                "/api/programme/municipalities/LUND/needs", "/api/me/tokens")) {
            assertThat(guest.get(path).status()).as(path).isEqualTo(403);
        }
        refusedWithoutWriting(cafe.id(), 403, () -> guest.post("/api/cafes/" + cafe.id() + "/rounds",
                body("seconds", 60)));
        refusedWithoutWriting(cafe.id(), 403, () -> guest.post("/api/cafes/" + cafe.id() + "/invitations", null));
        refusedWithoutWriting(retro, 403, () -> guest.post("/api/retros/" + retro + "/cards",
                body("column", "KEEP", "text", "Intrång")));
        assertThat(guest.post("/api/thinktanks", body("title", "Nej")).status()).isEqualTo(403);

        String cookie = "SESSION=" + guest.cookie("SESSION");
        try (StompWatcher elsewhere = StompWatcher.withCookie(port, cookie)) {
            elsewhere.watch("/topic/sessions/" + retro);
            await().atMost(WAIT).until(() -> elsewhere.errors().toString().contains("may not subscribe"));
        }
        try (StompWatcher plans = StompWatcher.withCookie(port, cookie)) {
            plans.watch("/topic/plans/plan-lund");
            await().atMost(WAIT).until(() -> plans.errors().toString().contains("may not subscribe"));
        }
        try (StompWatcher own = StompWatcher.withCookie(port, cookie)) {
            own.watch("/topic/sessions/" + cafe.id());
            await().pollDelay(Duration.ofMillis(300)).atMost(WAIT).until(() -> true);
            assertThat(own.errors()).isEmpty();
            assertThat(own.isConnected()).isTrue();

            assertThat(cafe.facilitator().send("DELETE", "/api/cafes/" + cafe.id() + "/invitations/" + token, null,
                    Map.of()).status()).isEqualTo(204);
            await().atMost(WAIT).until(() -> !own.isConnected());
        }
        assertThat(guest.get("/api/sessions/" + cafe.id() + "/board").status()).isEqualTo(401);
        ApiClient again = ApiClient.anonymous(port);
        again.get("/guest.html");
        assertThat(again.post("/api/guest/" + token, body("displayName", "Igen")).body().get("code").asText())
                .isEqualTo("invitation.invalid");

        String expired = invitation(cafe, "expiresAt", Instant.now().minusSeconds(60).toString());
        ApiClient late = ApiClient.anonymous(port);
        late.get("/guest.html");
        assertThat(refusedWithoutWriting(cafe.id(), 403, () -> late.post("/api/guest/" + expired,
                body("displayName", "Sen"))).body().get("code").asText()).isEqualTo("invitation.expired");
    }
}
