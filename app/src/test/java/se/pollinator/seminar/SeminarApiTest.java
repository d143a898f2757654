package se.pollinator.seminar;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** A seminar's live questions and polls over HTTP and STOMP, as its audience and moderators use them. */
class SeminarApiTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aHeldAnonymousQuestionIsApprovedVotedForAnsweredLiveAndCitedByAPlanChange() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login mona = person("Mona Moderator", "MEMBER");
        Login anna = person("Anna Lind", "MEMBER");
        Login bo = person("Bo Ek", "MEMBER");
        ApiClient facilitator = api(fia);
        ApiClient moderator = api(mona);
        ApiClient asker = api(anna);
        ApiClient audience = api(bo);
        ApiClient.Response created = facilitator.post("/api/seminars", body("title", "Terminsseminarium", "module", 2,
                "municipalities", List.of("LUND"), "speakers", List.of("Karin Ek"), "moderators", List.of(mona.id()),
                "anonymousQuestions", true, "moderated", true));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String id = created.id();
        String path = "/api/seminars/" + id;
        for (ApiClient joining : List.of(moderator, asker, audience)) {
            assertThat(joining.post(path + "/participants", null).status()).isEqualTo(200);
        }
        assertThat(facilitator.post(path + "/phase", body("phase", "LIVE")).status()).isEqualTo(200);

        String question;
        try (StompWatcher watching = stomp(bo); StompWatcher moderating = stomp(mona)) {
            watchBoard(watching, id, bo.id());
            moderating.following("/user/queue/sessions");
            question = asker.post(path + "/questions", body("text", "Hur når vi fler kommuner?", "anonymous", true)).id();
            await().atMost(WAIT).until(() -> moderating.messages("/user/queue/sessions").toString()
                    .contains("Hur når vi fler kommuner?"));
            assertThat(board(audience, id).get("questions")).as("held for review").isEmpty();
            JsonNode own = board(asker, id);
            assertThat(own.get("questions").get(0).get("state").asText()).isEqualTo("HELD");
            assertThat(own.get("yourQuestions").toString()).contains(question);
            assertThat(watching.messages("/topic/sessions/" + id).toString()).doesNotContain("Hur når vi fler");

            assertThat(moderator.post(path + "/questions/" + question + "/approve", null).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> watching.messages("/topic/sessions/" + id).stream()
                    .anyMatch(message -> "QuestionApproved".equals(message.get("type"))));
            Map<String, Object> approved = watching.messages("/topic/sessions/" + id).stream()
                    .filter(message -> "QuestionApproved".equals(message.get("type"))).findFirst().orElseThrow();
            assertThat(approved).containsEntry("kind", "SEMINAR");
            assertThat(approved.get("upserts").toString()).contains("Hur når vi fler kommuner?", "authorId=null")
                    .doesNotContain(anna.id());
        }

        assertThat(audience.post(path + "/questions/" + question + "/votes", null).status()).isEqualTo(200);
        assertThat(refusedWithoutWriting(id, 409, () -> audience.post(path + "/questions/" + question + "/votes", null))
                .code()).isEqualTo("question.already-voted");
        assertThat(refusedWithoutWriting(id, 403, () -> audience.post(path + "/questions/" + question + "/hide", null))
                .code()).isEqualTo("seminar.moderator-only");
        assertThat(refusedWithoutWriting(id, 404, () -> audience.post(path + "/questions/nope/votes", null))
                .code()).isEqualTo("question.unknown");
        assertThat(refusedWithoutWriting(id, 400, () -> asker.post(path + "/questions",
                body("text", "x".repeat(Seminar.MAX_QUESTION + 1)))).code()).isEqualTo("text.too-long");
        assertThat(moderator.post(path + "/questions/" + question + "/answering", null).status()).isEqualTo(200);
        JsonNode live = awaitSettled(audience, id);
        assertThat(live.get("answering").asText()).isEqualTo(question);
        assertThat(live.get("questions").get(0).get("votes").asInt()).isEqualTo(1);
        assertThat(live.get("yourVotes").toString()).contains(question);
        assertThat(live.get("participantCount").asInt()).isEqualTo(4);
        assertThat(moderator.post(path + "/questions/" + question + "/answered", body("answer", "Genom lotsar."))
                .status()).isEqualTo(200);

        String poll = moderator.post(path + "/polls", body("question", "Har ni lotsar?", "options",
                List.of("Ja", "Nej"))).id();
        assertThat(refusedWithoutWriting(id, 409, () -> asker.post(path + "/polls/" + poll + "/answers",
                body("optionIds", List.of("x")))).code()).isEqualTo("poll.not-open");
        moderator.post(path + "/polls/" + poll + "/open", null);
        JsonNode options = awaitSettled(audience, id).get("polls").get(0).get("options");
        assertThat(asker.post(path + "/polls/" + poll + "/answers", body("optionIds",
                List.of(options.get(0).get("id").asText()))).status()).isEqualTo(200);
        assertThat(awaitSettled(audience, id).get("polls").get(0).get("options").get(0).get("votes").isNull())
                .as("results hidden until shown").isTrue();
        assertThat(awaitSettled(moderator, id).get("polls").get(0).get("options").get(0).get("votes").asInt())
                .isEqualTo(1);
        moderator.put(path + "/polls/" + poll + "/results", body("shown", true));
        assertThat(awaitSettled(audience, id).get("polls").get(0).get("options").get(0).get("votes").asInt())
                .isEqualTo(1);
        moderator.post(path + "/polls/" + poll + "/close", null);
        assertThat(refusedWithoutWriting(id, 409, () -> audience.post(path + "/polls/" + poll + "/answers",
                body("optionIds", List.of(options.get(1).get("id").asText())))).code()).isEqualTo("poll.closed");

        ApiClient.Response cited = admin.post("/api/plans/plan-lund/goals", body("title", "Nå fler kommuner",
                "rationale", "Seminariet svarade", "source", Map.of("sessionId", id, "itemId", question)));
        assertThat(cited.status()).as(String.valueOf(cited.body())).isEqualTo(201);
        assertThat(admin.post("/api/plans/plan-lund/goals", body("title", "Lotsar", "rationale", "Omröstningen",
                "source", Map.of("sessionId", id, "itemId", poll))).status()).isEqualTo(201);

        String markdown = facilitator.send("GET", "/api/sessions/" + id + "/summary", null,
                Map.of("Accept", "text/markdown", "Accept-Language", "sv")).text();
        assertThat(markdown).startsWith("# Terminsseminarium").contains("Seminarium", "Karin Ek", "## Frågor",
                "Hur når vi fler kommuner?", "röster: 1", "svar: Genom lotsar", "## Omröstningar", "Har ni lotsar?", "Ja: 1", "Nej: 0")
                .doesNotContain("Anna Lind");

        long before = eventCount(id);
        JsonNode past = facilitator.get("/api/sessions/" + id + "/board?asOf=" + (before - 9)).body();
        assertThat(past.get("kind").asText()).isEqualTo("SEMINAR");
        assertThat(past.get("polls")).isEmpty();

        facilitator.post(path + "/phase", body("phase", "CLOSED"));
        assertThat(refusedWithoutWriting(id, 409, () -> asker.post(path + "/questions", body("text", "Sen fråga")))
                .code()).isEqualTo("seminar.closed");
    }

    @Test
    void aQuestionsAuthorIsShownUnlessAnonymousAndOutsidersSeeNothing() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login anna = person("Anna Lind", "MEMBER");
        ApiClient facilitator = api(fia);
        String id = facilitator.post("/api/seminars", body("title", "Öppet seminarium")).id();
        String path = "/api/seminars/" + id;
        api(anna).post(path + "/participants", null);
        assertThat(refusedWithoutWriting(id, 400, () -> api(anna).post(path + "/questions",
                body("text", "Anonym?", "anonymous", true))).code()).isEqualTo("seminar.anonymous-not-allowed");
        ApiClient.Response opened = api(anna).post("/api/seminars", body("title", "Mitt eget"));
        assertThat(opened.status()).as("members take part; facilitators open").isEqualTo(403);
        assertThat(opened.code()).isEqualTo("session.facilitators-open");
        api(anna).post(path + "/questions", body("text", "Vem betalar?"));
        JsonNode board = awaitSettled(facilitator, id);
        assertThat(board.get("questions").get(0).get("authorId").asText()).isEqualTo(anna.id());
        assertThat(board.get("people").get(anna.id()).asText()).isEqualTo("Anna Lind");

        assertThat(api(person("Utan Insyn", "EVALUATOR")).get("/api/sessions/" + id + "/board").status())
                .isEqualTo(200);
        ApiClient.Response outsider = api(outsider("Utanför", "MEMBER")).get("/api/sessions/" + id + "/board");
        assertThat(outsider.status()).isEqualTo(403);
        String retro = newRetro(facilitator);
        assertThat(refusedWithoutWriting(retro, 404, () -> facilitator.post("/api/seminars/" + retro + "/phase",
                body("phase", "LIVE"))).status()).isEqualTo(404);
    }

    @Test
    void aGuestFromOutsideAsksAQuestionThatAModeratorAnswersLiveAndReachesNothingElse() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(fia);
        String id = facilitator.post("/api/seminars", body("title", "Öppet seminarium", "moderated", true)).id();
        String other = facilitator.post("/api/seminars", body("title", "Ett annat")).id();
        String path = "/api/seminars/" + id;
        facilitator.post(path + "/phase", body("phase", "LIVE"));
        ApiClient.Response link = facilitator.post("/api/sessions/" + id + "/invitations", body("maxUses", 50));
        assertThat(link.status()).as(String.valueOf(link.body())).isEqualTo(201);
        assertThat(link.body().get("url").asText()).contains("/guest.html?token=");
        String token = link.body().get("token").asText();
        assertThat(api(person("Bo Ek", "MEMBER")).post("/api/sessions/" + id + "/invitations", null).code())
                .isEqualTo("seminar.moderator-only");

        ApiClient guest = ApiClient.anonymous(port);
        guest.get("/guest.html");
        ApiClient.Response admitted = guest.post("/api/guest/" + token, body("displayName", "Gunnar Gäst"));
        assertThat(admitted.status()).as(String.valueOf(admitted.body())).isEqualTo(200);
        assertThat(admitted.body().get("sessionId").asText()).isEqualTo(id);
        assertThat(admitted.body().get("kind").asText()).isEqualTo("SEMINAR");
        assertThat(admitted.body().get("displayName").asText()).isEqualTo("Gunnar Gäst");
        assertThat(admitted.body().has("cafeId")).isFalse();
        String guestId = admitted.body().get("guestId").asText();

        String question;
        try (StompWatcher live = StompWatcher.withCookie(port, "SESSION=" + guest.cookie("SESSION"))) {
            live.following("/topic/sessions/" + id);
            question = guest.post(path + "/questions", body("text", "Vad kostar det för en kommun?")).id();
            assertThat(facilitator.post(path + "/questions/" + question + "/approve", null).status()).isEqualTo(200);
            assertThat(guest.post(path + "/questions/" + question + "/votes", null).status()).isEqualTo(200);
            assertThat(facilitator.post(path + "/questions/" + question + "/answered",
                    body("answer", "Inget, för kommunerna i programmet.")).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> live.messages("/topic/sessions/" + id).toString()
                    .contains("Inget, för kommunerna i programmet."));
        }
        JsonNode seen = awaitSettled(guest, id);
        assertThat(seen.get("questions").get(0).get("authorId").asText()).isEqualTo(guestId);
        assertThat(seen.get("people").get(guestId).asText()).isEqualTo("Gunnar Gäst");
        assertThat(awaitSettled(facilitator, id).get("people").get(guestId).asText()).isEqualTo("Gunnar Gäst");

        assertThat(refusedWithoutWriting(id, 403, () -> guest.post(path + "/questions/" + question + "/hide", null))
                .code()).isEqualTo("guest.session-only");
        assertThat(refusedWithoutWriting(id, 403, () -> guest.post(path + "/phase", body("phase", "CLOSED")))
                .code()).isEqualTo("guest.session-only");
        assertThat(refusedWithoutWriting(other, 403, () -> guest.post("/api/seminars/" + other + "/questions",
                body("text", "Intrång"))).code()).isEqualTo("guest.session-only");
        assertThat(guest.get("/api/sessions/" + other + "/board").status()).isEqualTo(403);
        assertThat(guest.get("/api/programme").status()).isEqualTo(403);
        assertThat(guest.get("/api/sessions").status()).isEqualTo(403);
        ApiClient.Response page = guest.get("/programme.html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/seminar.html?id=" + id);
    }

    @Autowired
    private EventStore eventStore;

    @Autowired
    private Cache seminarCache;

    @Test
    void aLongSeminarIsSnapshottedAndItsRulesHoldFromTheSnapshot() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login bo = person("Bo Ek", "MEMBER");
        ApiClient facilitator = api(fia);
        String id = facilitator.post("/api/seminars", body("title", "Långt seminarium", "moderators",
                List.of(bo.id()))).id();
        String path = "/api/seminars/" + id;
        api(bo).post(path + "/participants", null);
        String first = facilitator.post(path + "/questions", body("text", "Fråga 0")).id();
        assertThat(api(bo).post(path + "/questions/" + first + "/votes", null).status()).isEqualTo(200);
        for (int i = 1; i < 25; i++) {
            assertThat(facilitator.post(path + "/questions", body("text", "Fråga " + i)).status()).isEqualTo(201);
        }
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, id) > 0);
        assertThat(eventStore.readEvents(id).peek().getPayload())
                .as("the history starts from a readable snapshot of the seminar").isInstanceOf(Seminar.class);
        seminarCache.removeAll();
        assertThat(refusedWithoutWriting(id, 409, () -> api(bo).post(path + "/questions/" + first + "/votes", null))
                .code()).as("the vote is in the snapshot").isEqualTo("question.already-voted");
        assertThat(api(bo).post(path + "/phase", body("phase", "LIVE")).status()).as("so is the moderator")
                .isEqualTo(200);
    }

    private JsonNode board(ApiClient client, String id) {
        return awaitSettled(client, id);
    }
}
