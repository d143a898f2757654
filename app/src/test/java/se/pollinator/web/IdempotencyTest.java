package se.pollinator.web;

import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** A client that did not hear the answer may send the same command again under the same key. */
class IdempotencyTest extends AppTest {

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstResultAndWritesNothingNew() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        String cards = "/api/retros/" + retro + "/cards";
        String key = UUID.randomUUID().toString();

        Response first = facilitator.send("POST", cards, body("column", "KEEP", "text", "Fika"), key(key));
        long stored = eventCount(retro);
        Response retry = facilitator.send("POST", cards, body("column", "KEEP", "text", "Fika"), key(key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(eventCount(retro)).isEqualTo(stored);
        Response another = facilitator.send("POST", cards, body("column", "KEEP", "text", "Fika"),
                key(UUID.randomUUID().toString()));
        assertThat(another.id()).isNotEqualTo(first.id());
        assertThat(eventCount(retro)).isEqualTo(stored + 1);
    }

    @Test
    void aRepeatedVoteUnderOneKeyIsCountedOnce() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        String card = facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "x")).id();
        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "VOTE"));
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertThat(facilitator.send("POST", "/api/retros/" + retro + "/votes", body("targetId", card), key(key))
                    .status()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%VoteCast'", Long.class, retro)).isEqualTo(1);
    }

    @Test
    void theSameKeySentTwiceAtOnceWritesOnce() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        long before = eventCount(retro);
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Response>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() ->
                facilitator.send("POST", "/api/retros/" + retro + "/cards", body("column", "STOP", "text", "Once"),
                        key(key)))).toList();
        List<Response> answers = both.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(answers.get(0).id()).isEqualTo(answers.get(1).id());
        assertThat(eventCount(retro)).isEqualTo(before + 1);
    }

    @Test
    void aKeyReusedForAnotherRequestOrMalformedIsRefusedAndWritesNothing() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        String key = UUID.randomUUID().toString();
        facilitator.send("POST", "/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "x"), key(key));
        long stored = eventCount(retro);

        Response reused = facilitator.send("POST", "/api/retros/" + retro + "/decisions", body("text", "y"), key(key));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().get("code").asText()).isEqualTo("idempotency.key-reused");
        Response malformed = facilitator.send("POST", "/api/retros/" + retro + "/cards",
                body("column", "KEEP", "text", "x"), key("no spaces allowed"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(eventCount(retro)).isEqualTo(stored);

        Login bo = person("Bo Member", "MEMBER");
        ApiClient member = session(bo);
        member.post("/api/retros/" + retro + "/participants", null);
        assertThat(member.send("POST", "/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "mine"),
                key(key)).status()).as("keys are per person").isEqualTo(201);
    }

    @Test
    void retriesThatOverlapTheFirstWaitForItAndAnswerWhatItAnswered() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        long before = eventCount(retro);
        String key = UUID.randomUUID().toString();
        // Carried out again, the same phase change would be refused: only waiting answers all alike.
        List<CompletableFuture<Response>> three = List.of(1, 2, 3).stream().map(i -> CompletableFuture.supplyAsync(() ->
                facilitator.send("POST", "/api/retros/" + retro + "/phase", body("phase", "GROUP"), key(key)))).toList();
        List<Response> answers = three.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(Response::status).containsExactly(200, 200, 200);
        assertThat(eventCount(retro)).isEqualTo(before + 1);
    }

    @Test
    void anotherBodyUnderAUsedKeyIsAConflictAndWritesNothing() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        String key = UUID.randomUUID().toString();
        facilitator.send("POST", "/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika"), key(key));
        long stored = eventCount(retro);

        Response other = facilitator.send("POST", "/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Te"),
                key(key));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("code").asText()).isEqualTo("idempotency.key-reused");
        assertThat(other.body().get("detail").asText()).contains("another body");
        String anotherRetro = newRetro(facilitator);
        assertThat(facilitator.send("POST", "/api/retros/" + anotherRetro + "/cards",
                body("column", "KEEP", "text", "Fika"), key(key)).status()).as("the same body to another board").isEqualTo(409);
        assertThat(eventCount(retro)).isEqualTo(stored);
    }

    @Test
    void rememberedRequestsHoldNeitherTheirKeyNorAnInvitationsToken() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(fia);
        String cafe = facilitator.post("/api/cafes", body("title", "Café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad?")))).id();
        String key = UUID.randomUUID().toString();
        Response invitation = facilitator.send("POST", "/api/cafes/" + cafe + "/invitations", null, key(key));
        String token = invitation.body().get("token").asText();
        Response retry = facilitator.send("POST", "/api/cafes/" + cafe + "/invitations", null, key(key));
        assertThat(retry.body().get("token").asText()).as("the retry still answers the token").isEqualTo(token);
        String revokeKey = UUID.randomUUID().toString();
        assertThat(facilitator.send("DELETE", "/api/cafes/" + cafe + "/invitations/" + token, null, key(revokeKey))
                .status()).isEqualTo(204);

        List<String> stored = jdbc.queryForList("SELECT CONCAT(person_id, ' ', key_hash, ' ', route, ' ', fingerprint, "
                + "' ', claim, ' ', answer) FROM command_request WHERE person_id = ?", String.class, fia.id());
        assertThat(stored).hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain(token).doesNotContain(key)
                .doesNotContain(revokeKey));
        assertThat(String.join("\n", stored)).contains("DELETE /api/cafes/{id}/invitations/{token}");
    }
}
