package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** The retro through its REST API: a whole retro, and every kind of rejection. */
class RetroApiTest extends AppTest {

    @Autowired
    private EventStore eventStore;

    @Autowired
    private Cache retroCache;

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Asserts the answer is a problem detail with this status and detail, and that no event was written. */
    private void rejected(String retro, int status, String detailPart, Supplier<Response> request) {
        assertThat(refusedWithoutWriting(retro, status, request).detail()).contains(detailPart);
    }

    private JsonNode board(ApiClient client, String retro) {
        return client.get("/api/sessions/" + retro + "/board").body();
    }

    private JsonNode awaitBoard(ApiClient client, String retro, long seq) {
        await().atMost(WAIT).until(() -> board(client, retro).get("seq").asLong() >= seq);
        return board(client, retro);
    }

    @Test
    void onlyTheModulesPeopleJoinARetroOpenToItsModuleWithoutTheLink() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        String retro = newRetro(api(anna), "module", 4);
        Login nils = outsider("Nils Ny", "MEMBER");
        Login bo = person("Bo Ek", "MEMBER");
        assertThat(refusedWithoutWriting(retro, 403, () -> api(nils).post("/api/retros/" + retro + "/participants",
                null)).body().get("code").asText()).isEqualTo("retro.invitation-required");
        refusedWithoutWriting(retro, 403, () -> api(bo).post("/api/retros/" + retro + "/participants", null));
        admin.post("/api/programme/modules/4/members", body("personId", nils.id()));
        assertThat(api(nils).post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
    }

    @Test
    void aWholeRetroFromReflectionToDecisions() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        ApiClient facilitator = api(anna);
        ApiClient member = api(bo);
        String retro = newRetro(facilitator, "voteBudget", 2, "municipality", "LUND");
        assertThat(member.post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
        assertThat(member.post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);

        String c1 = member.post("/api/retros/" + retro + "/cards", body("column", "STRENGTHEN", "text", "Short meetings")).id();
        String c2 = facilitator.post("/api/retros/" + retro + "/cards", body("column", "STRENGTHEN", "text", "Clear goals")).id();
        String c3 = member.post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "Typo")).id();
        assertThat(member.put("/api/retros/" + retro + "/cards/" + c3, body("text", "Late agendas")).status()).isEqualTo(200);
        String c4 = member.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Oops")).id();
        assertThat(member.delete("/api/retros/" + retro + "/cards/" + c4).status()).isEqualTo(204);
        assertThat(facilitator.post("/api/retros/" + retro + "/timer", body("seconds", 300)).status()).isEqualTo(200);

        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
        String group = member.post("/api/retros/" + retro + "/groups", body("cardIds", List.of(c1, c2))).id();
        assertThat(facilitator.put("/api/retros/" + retro + "/groups/" + group + "/name", body("name", "Meetings"))
                .status()).isEqualTo(200);
        assertThat(member.put("/api/retros/" + retro + "/cards/" + c3 + "/column", body("column", "KEEP")).status())
                .isEqualTo(200);

        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "VOTE"));
        assertThat(member.post("/api/retros/" + retro + "/votes", body("targetId", group)).status()).isEqualTo(200);
        assertThat(member.post("/api/retros/" + retro + "/votes", body("targetId", group)).status()).isEqualTo(200);
        rejected(retro, 409, "spent all 2", () -> member.post("/api/retros/" + retro + "/votes", body("targetId", c3)));
        Response spent = member.post("/api/retros/" + retro + "/votes", body("targetId", c3));
        assertThat(spent.body().get("code").asText()).isEqualTo("vote.budget-spent");
        assertThat(spent.body().get("args").toString()).isEqualTo("[\"2\"]");
        assertThat(member.delete("/api/retros/" + retro + "/votes/" + group).status()).isEqualTo(204);
        assertThat(member.post("/api/retros/" + retro + "/votes", body("targetId", c3)).status()).isEqualTo(200);
        facilitator.post("/api/retros/" + retro + "/votes", body("targetId", group));

        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "DISCUSS"));
        assertThat(facilitator.post("/api/retros/" + retro + "/decisions", body("text", "Agendas a day ahead")).status())
                .isEqualTo(201);
        assertThat(facilitator.post("/api/retros/" + retro + "/actions",
                body("text", "Send the agenda template", "ownerId", bo.id(), "dueDate", "2026-12-15")).status())
                .isEqualTo(201);

        JsonNode board = awaitBoard(member, retro, eventCount(retro) - 1);
        assertThat(board.get("phase").asText()).isEqualTo("DISCUSS");
        assertThat(board.get("municipality").asText()).isEqualTo("LUND");
        assertThat(board.get("cards")).hasSize(3);
        assertThat(LiveBoardTest.card(board, c3).get("column").asText()).isEqualTo("KEEP");
        assertThat(LiveBoardTest.card(board, c3).get("text").asText()).isEqualTo("Late agendas");
        assertThat(LiveBoardTest.card(board, c3).get("myVotes").asInt()).isEqualTo(1);
        assertThat(board.get("groups").get(0).get("name").asText()).isEqualTo("Meetings");
        assertThat(board.get("groups").get(0).get("votes").asInt()).isEqualTo(2);
        assertThat(board.get("groups").get(0).get("myVotes").asInt()).isEqualTo(1);
        assertThat(board.get("votesLeft").asInt()).isZero();
        assertThat(board.get("decisions").get(0).get("text").asText()).isEqualTo("Agendas a day ahead");
        assertThat(board.get("actions").get(0).get("ownerId").asText()).isEqualTo(bo.id());
        assertThat(board.get("actions").get(0).get("dueDate").asText()).isEqualTo("2026-12-15");
        assertThat(board.get("people").get(bo.id()).asText()).isEqualTo("Bo Member");
        assertThat(board.get("timer").isNull()).isTrue();

        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "CLOSED"));
        rejected(retro, 409, "closed", () -> facilitator.post("/api/retros/" + retro + "/decisions", body("text", "Late")));
    }

    @Test
    void eventsNameWhoActedByIdInTheirMetadataAndAreReadableJson() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna));
        api(bo).post("/api/retros/" + retro + "/participants", null);
        api(bo).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika"));
        Map<String, Object> stored = jdbc.queryForMap("SELECT metadata, payload FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%CardAdded'", retro);
        String metadata = new String((byte[]) stored.get("metadata"), java.nio.charset.StandardCharsets.UTF_8);
        String payload = new String((byte[]) stored.get("payload"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"personId\":\"" + bo.id() + "\"").doesNotContain("Bo Member")
                .doesNotContain(bo.username());
        assertThat(payload).contains("\"text\":\"Fika\"", "\"column\":\"KEEP\"", bo.id());
    }

    @Test
    void brokenRulesAreRejectedWithAProblemDetailAndWriteNoEvent() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        Login olle = person("Olle Outsider", "MEMBER");
        ApiClient facilitator = api(anna);
        ApiClient member = api(bo);
        String retro = newRetro(facilitator);
        member.post("/api/retros/" + retro + "/participants", null);
        String annasCard = facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Mine")).id();
        String cards = "/api/retros/" + retro + "/cards";

        rejected(retro, 400, "must not be empty", () -> member.post(cards, body("column", "STOP", "text", "  ")));
        rejected(retro, 400, "at most 500", () -> member.post(cards, body("column", "STOP", "text", "x".repeat(501))));
        rejected(retro, 400, "Use one of: STRENGTHEN, STOP, KEEP", () -> member.post(cards, body("column", "LATER", "text", "x")));
        rejected(retro, 400, "column is required", () -> member.post(cards, body("text", "x")));
        rejected(retro, 400, "not valid JSON", () -> member.postRaw(cards, "{\"column\": "));
        rejected(retro, 400, "U+0000", () -> member.post(cards, body("column", "STOP", "text", "nul\u0000card")));
        rejected(retro, 400, "visible characters", () -> member.post(cards, body("column", "STOP", "text", "\u200B\u200B")));
        rejected(retro, 403, "your own cards", () -> member.delete(cards + "/" + annasCard));
        rejected(retro, 403, "your own cards", () -> member.put(cards + "/" + annasCard, body("text", "Ha")));
        rejected(retro, 404, "no card", () -> member.delete(cards + "/no-such-card"));
        rejected(retro, 403, "join it first", () -> api(olle).post(cards, body("column", "STOP", "text", "x")));
        rejected(retro, 403, "Only the facilitator", () -> member.post("/api/retros/" + retro + "/phase", body("phase", "GROUP")));
        rejected(retro, 409, "one step", () -> facilitator.post("/api/retros/" + retro + "/phase", body("phase", "VOTE")));
        rejected(retro, 409, "vote phase", () -> member.post("/api/retros/" + retro + "/votes", body("targetId", annasCard)));
        rejected(retro, 400, "at most 120 minutes", () -> facilitator.post("/api/retros/" + retro + "/timer", body("seconds", 99999)));
        rejected("no-such-retro", 404, "no session", () -> member.post("/api/retros/no-such-retro/cards",
                body("column", "STOP", "text", "x")));
        rejected("no-such-retro", 404, "no session", () -> member.get("/api/sessions/no-such-retro/board"));
    }

    @Test
    void valuesNoReadModelCouldHoldAreRefusedBeforeAnythingIsWritten() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = api(anna);
        long retros = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%RetroCreated'",
                Long.class);
        Response nulTitle = facilitator.post("/api/retros", body("title", "nul\u0000title", "module", 1));
        assertThat(nulTitle.status()).isEqualTo(400);
        assertThat(nulTitle.body().get("code").asText()).isEqualTo("text.control-character");
        Response farAway = facilitator.post("/api/retros", body("title", "Later", "module", 1,
                "scheduledAt", "2999-01-01T10:00:00Z"));
        assertThat(farAway.status()).isEqualTo(400);
        assertThat(farAway.body().get("code").asText()).isEqualTo("date.out-of-range");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%RetroCreated'",
                Long.class)).isEqualTo(retros);

        String retro = newRetro(facilitator);
        for (String phase : List.of("GROUP", "VOTE", "DISCUSS")) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        rejected(retro, 400, "between 2000-01-01 and 2100-12-31", () -> facilitator.post("/api/retros/" + retro
                + "/actions", body("text", "Some day", "ownerId", anna.id(), "dueDate", "+999999999-12-31")));
    }

    @Test
    void onlyFacilitatorsAndAdminsCreateRetrosAndBadInputIsExplained() {
        Login bo = person("Bo Member", "MEMBER");
        Response denied = api(bo).post("/api/retros", body("title", "Mine", "module", 1));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        Response badModule = admin.post("/api/retros", body("title", "Retro", "module", 7));
        assertThat(badModule.status()).isEqualTo(400);
        assertThat(badModule.detail()).contains("module 7 does not exist");
        assertThat(admin.post("/api/retros", body("module", 1)).detail()).contains("title must not be empty");
        assertThat(new ApiClient(port, "admin", "wrong").get("/api/retros").status()).isEqualTo(401);
        assertThat(new ApiClient(port, "x", null).get("/api/retros").status()).isEqualTo(401);
    }

    @Test
    void openActionItemsOfAModuleComeUpForReviewInItsNextRetro() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        ApiClient facilitator = api(anna);
        String first = newRetro(facilitator, "module", 5);
        admin.post("/api/programme/modules/5/members", body("personId", bo.id()));
        api(bo).post("/api/retros/" + first + "/participants", null);
        for (String phase : List.of("GROUP", "VOTE", "DISCUSS")) {
            facilitator.post("/api/retros/" + first + "/phase", body("phase", phase));
        }
        String done = facilitator.post("/api/retros/" + first + "/actions", body("text", "Write the report", "ownerId", bo.id())).id();
        String carried = facilitator.post("/api/retros/" + first + "/actions", body("text", "Invite Malmö", "ownerId", anna.id())).id();
        // An item deleted in its own retro was never agreed: no later retro lists it. An edit is listed as edited.
        String withdrawn = facilitator.post("/api/retros/" + first + "/actions", body("text", "Oops", "ownerId", bo.id())).id();
        assertThat(facilitator.delete("/api/retros/" + first + "/actions/" + withdrawn).status()).isEqualTo(204);
        assertThat(facilitator.put("/api/retros/" + first + "/actions/" + carried,
                body("text", "Invite Malmö and Lund", "ownerId", anna.id())).status()).isEqualTo(200);
        rejected(first, 404, "no action item", () -> facilitator.delete("/api/retros/" + first + "/actions/" + withdrawn));
        facilitator.post("/api/retros/" + first + "/phase", body("phase", "CLOSED"));

        List<String> listed = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            String second = newRetro(facilitator, "module", 5);
            listed.clear();
            listed.add(second);
            return board(facilitator, second).get("earlierActions").size() == 2;
        });
        String second = listed.get(0);
        assertThat(facilitator.post("/api/retros/" + second + "/earlier-actions/" + done + "/review",
                body("outcome", "DONE")).status()).isEqualTo(200);
        assertThat(facilitator.post("/api/retros/" + second + "/earlier-actions/" + carried + "/review",
                body("outcome", "CARRIED_ON")).status()).isEqualTo(200);
        rejected(second, 404, "not among the open items", () -> facilitator.post("/api/retros/" + second
                + "/earlier-actions/unknown/review", body("outcome", "DONE")));
        JsonNode reviewed = awaitBoard(facilitator, second, eventCount(second) - 1);
        assertThat(reviewed.get("earlierActions").toString()).contains("\"outcome\":\"DONE\"", "\"outcome\":\"CARRIED_ON\"");

        await().atMost(WAIT).until(() -> {
            String third = newRetro(facilitator, "module", 5);
            JsonNode earlier = board(facilitator, third).get("earlierActions");
            return earlier.size() == 1 && earlier.get(0).get("actionId").asText().equals(carried)
                    && earlier.get(0).get("text").asText().equals("Invite Malmö and Lund");
        });
        assertThat(board(facilitator, newRetro(facilitator, "module", 4)).get("earlierActions")).isEmpty();
    }

    @Test
    void theBoardAsOfAnEarlierEventIsFoldedFromTheEventStore() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "first"));
        facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "second"));
        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
        JsonNode early = facilitator.get("/api/sessions/" + retro + "/board?asOf=2").body();
        assertThat(early.get("seq").asLong()).isEqualTo(2);
        assertThat(early.get("phase").asText()).isEqualTo("REFLECT");
        assertThat(early.get("cards")).hasSize(1);
        JsonNode live = awaitBoard(facilitator, retro, 4);
        assertThat(facilitator.get("/api/sessions/" + retro + "/board?asOf=4").body().get("cards"))
                .isEqualTo(live.get("cards"));
    }

    @Test
    void aCommandAcceptedIsStoredAndFoldedExactlyOnceUnderConcurrentLoad() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = api(anna);
        List<String> retros = List.of(newRetro(facilitator, "privateReflection", false),
                newRetro(facilitator, "privateReflection", false), newRetro(facilitator, "privateReflection", false));
        int writers = 6;
        int cardsEach = 15;
        List<Login> people = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Login writer = person("Writer " + (char) ('A' + i), "MEMBER");
            retros.forEach(retro -> api(writer).post("/api/retros/" + retro + "/participants", null));
            people.add(writer);
        }
        List<Thread> threads = new ArrayList<>();
        List<Integer> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Login writer : people) {
            Thread thread = new Thread(() -> {
                ApiClient client = api(writer);
                for (int i = 0; i < cardsEach; i++) {
                    String retro = retros.get(i % retros.size());
                    if (client.post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "card " + i))
                            .status() == 201) {
                        accepted.add(1);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(accepted).hasSize(writers * cardsEach);
        long stored = retros.stream().mapToLong(retro -> jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%CardAdded'", Long.class, retro)).sum();
        assertThat(stored).isEqualTo(writers * cardsEach);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            int onBoards = 0;
            for (String retro : retros) {
                JsonNode board = board(facilitator, retro);
                assertThat(board.get("seq").asLong()).isEqualTo(eventCount(retro) - 1);
                onBoards += board.get("cards").size();
            }
            assertThat(onBoards).isEqualTo(writers * cardsEach);
        });
    }

    @Test
    void aLongBoardIsSnapshottedSoCommandsDoNotReplayItsHistory() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator);
        for (int i = 0; i < 45; i++) {
            assertThat(facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "c" + i))
                    .status()).isEqualTo(201);
        }
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, retro) > 0);
        Map<String, Object> snapshot = jdbc.queryForMap("SELECT sequencenumber, payload FROM snapshotevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1", retro);
        assertThat(((Number) snapshot.get("sequencenumber")).longValue()).isGreaterThanOrEqualTo(19);
        assertThat(new String((byte[]) snapshot.get("payload"))).contains("\"phase\":\"REFLECT\"");
        assertThat(eventStore.readEvents(retro).peek().getPayload())
                .as("the history starts from a readable snapshot of the retro").isInstanceOf(Retro.class);
        retroCache.removeAll();
        assertThat(facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "after"))
                .status()).isEqualTo(201);
        assertThat(facilitator.post("/api/retros/" + retro + "/phase", body("phase", "GROUP")).status()).isEqualTo(200);
    }
}
