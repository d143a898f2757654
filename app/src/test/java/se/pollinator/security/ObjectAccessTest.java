package se.pollinator.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Who may act on which retro, tried as the person who must be refused. */
class ObjectAccessTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private void refused(String retro, int status, String code, Supplier<Response> request) {
        assertThat(refusedWithoutWriting(retro, status, request).body().get("code").asText()).isEqualTo(code);
    }

    private String closedRetroWithAnAction(ApiClient facilitator, String ownerId, String municipality) {
        String retro = newRetro(facilitator, "module", 3, "municipality", municipality);
        for (String phase : List.of("GROUP", "VOTE", "DISCUSS")) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        facilitator.post("/api/retros/" + retro + "/actions", body("text", "Secret plan of " + municipality,
                "ownerId", ownerId));
        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "CLOSED"));
        return retro;
    }

    private static JsonNode board(ApiClient client, String retro) {
        return client.get("/api/sessions/" + retro + "/board").body();
    }

    @Nested
    class EarlierActionItems {
        @Test
        void comeOnlyFromRetrosOfTheSameModuleAndMunicipalityThatTheFacilitatorMaySee() {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            Login berit = person("Berit Facilitator", "FACILITATOR");
            ApiClient teamA = session(anna);
            ApiClient teamB = session(berit);
            closedRetroWithAnAction(teamA, anna.id(), "LUND");

            await().atMost(WAIT).until(() -> board(teamA, newRetro(teamA, "module", 3, "municipality", "LUND"))
                    .get("earlierActions").size() == 1);
            String theirs = newRetro(teamB, "module", 3, "municipality", "LUND");
            assertThat(board(teamB, theirs).get("earlierActions")).as("B sees none of A's items").isEmpty();
            String action = jdbc.queryForObject("SELECT action_id FROM action_item WHERE text = ?", String.class,
                    "Secret plan of LUND");
            refused(theirs, 404, "action.not-listed", () -> teamB.post("/api/retros/" + theirs
                    + "/earlier-actions/" + action + "/review", body("outcome", "DROPPED")));
            assertThat(board(teamA, newRetro(teamA, "module", 3, "municipality", "MALMO")).get("earlierActions"))
                    .as("another municipality").isEmpty();
            assertThat(board(teamA, newRetro(teamA, "module", 3)).get("earlierActions"))
                    .as("no municipality").isEmpty();
        }

        @Test
        void areShownOnlyToParticipantsWhoMaySeeTheRetroTheyCameFrom() {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            Login cecilia = person("Cecilia Member", "MEMBER");
            ApiClient facilitator = session(anna);
            closedRetroWithAnAction(facilitator, anna.id(), "UPPSALA");
            String[] next = new String[1];
            await().atMost(WAIT).until(() -> {
                next[0] = newRetro(facilitator, "module", 3, "municipality", "UPPSALA");
                return board(facilitator, next[0]).get("earlierActions").size() == 1;
            });
            admin.post("/api/programme/modules/3/members", body("personId", cecilia.id()));
            ApiClient newcomer = session(cecilia);
            newcomer.post("/api/retros/" + next[0] + "/participants", null);
            assertThat(board(newcomer, next[0]).get("earlierActions")).isEmpty();
            assertThat(board(admin, next[0]).get("earlierActions")).hasSize(1);
        }
    }

    @Nested
    class Joining {
        @Test
        void aRetroIsJoinedThroughItsShareLinkWhichTheFacilitatorRenews() {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            ApiClient facilitator = session(anna);
            String retro = newRetro(facilitator, "openToModule", false);
            String participants = "/api/retros/" + retro + "/participants";
            ApiClient bo = session(person("Bo Member", "MEMBER"));

            refused(retro, 403, "retro.invitation-required", () -> bo.post(participants, null));
            refused(retro, 403, "retro.invitation-required", () -> bo.post(participants,
                    body("token", "guessed-token-0123456789")));
            String token = board(facilitator, retro).get("joinToken").asText();
            assertThat(token).hasSizeGreaterThanOrEqualTo(16);
            assertThat(bo.post(participants, body("token", token)).status()).isEqualTo(200);
            assertThat(board(bo, retro).get("joinToken").isNull()).as("only the facilitator sees the token").isTrue();

            Response renewed = facilitator.post("/api/retros/" + retro + "/join-link", null);
            assertThat(renewed.status()).isEqualTo(200);
            assertThat(renewed.body().get("joinToken").asText()).isNotEqualTo(token);
            ApiClient cia = session(person("Cia Member", "MEMBER"));
            refused(retro, 403, "retro.invitation-required", () -> cia.post(participants, body("token", token)));
            assertThat(cia.post(participants, body("token", renewed.body().get("joinToken").asText())).status())
                    .isEqualTo(200);
            refused(retro, 403, "facilitator-only.renew-link", () -> bo.post("/api/retros/" + retro + "/join-link",
                    null));
        }

        @Test
        void theFacilitatorAddsPeopleAndMayOpenTheRetroToItsModule() {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            ApiClient facilitator = session(anna);
            String retro = newRetro(facilitator, "openToModule", false);
            String participants = "/api/retros/" + retro + "/participants";
            Login bo = person("Bo Member", "MEMBER");
            ApiClient cia = session(person("Cia Member", "MEMBER"));

            assertThat(facilitator.post(participants, body("personId", bo.id())).status()).isEqualTo(200);
            assertThat(board(facilitator, retro).get("participants").toString()).contains(bo.id());
            refused(retro, 403, "facilitator-only.add-participants", () -> session(bo).post(participants,
                    body("personId", anna.id())));
            refused(retro, 404, "participant.unknown-person", () -> facilitator.post(participants,
                    body("personId", "no-such-person")));

            refused(retro, 403, "retro.invitation-required", () -> cia.post(participants, null));
            assertThat(facilitator.put("/api/retros/" + retro + "/open-to-module", body("open", true)).status())
                    .isEqualTo(200);
            assertThat(cia.post(participants, null).status()).isEqualTo(200);
        }

        @Test
        void evaluatorsReadEveryRetroButNeverJoinWriteOrHintTyping() throws Exception {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            ApiClient facilitator = session(anna);
            String retro = newRetro(facilitator);
            Login eva = person("Eva Evaluator", "EVALUATOR");
            ApiClient evaluator = session(eva);
            String token = board(facilitator, retro).get("joinToken").asText();

            assertThat(evaluator.get("/api/sessions/" + retro + "/board").status()).isEqualTo(200);
            refused(retro, 403, "session.evaluator-reads-only", () -> evaluator.post("/api/retros/" + retro
                    + "/participants", body("token", token)));
            refused(retro, 403, "session.evaluator-reads-only", () -> facilitator.post("/api/retros/" + retro
                    + "/participants", body("personId", eva.id())));
            refused(retro, 403, "access.read-only", () -> evaluator.post("/api/retros/" + retro + "/cards",
                    body("column", "KEEP", "text", "x")));
            try (StompWatcher watcher = stomp(eva)) {
                watcher.send("/app/sessions/" + retro + "/typing", Map.of("column", "KEEP"));
                // The ERROR frame and the closed connection may be reported in either order.
                await().atMost(WAIT).until(() -> watcher.errors().toString().contains("You may not send to"));
            }
        }
    }

    @Nested
    class CrossSiteRequests {
        @Test
        void anAuthorizationHeaderOtherThanValidBasicCredentialsDoesNotSkipTheCsrfCheck() {
            Login anna = person("Anna Facilitator", "FACILITATOR");
            ApiClient facilitator = session(anna);
            String retro = newRetro(facilitator);
            String cards = "/api/retros/" + retro + "/cards";
            ApiClient noToken = ApiClient.withoutCsrf(facilitator);

            assertThat(noToken.send("POST", cards, body("column", "KEEP", "text", "x"), Map.of()).status())
                    .isEqualTo(403);
            assertThat(noToken.send("POST", cards, body("column", "KEEP", "text", "x"),
                    Map.of("Authorization", "Bearer anything")).status()).as("an unknown token never falls back to "
                    + "the session").isEqualTo(401);
            assertThat(noToken.send("POST", cards, body("column", "KEEP", "text", "x"),
                    Map.of("Authorization", basic(anna.username(), "wrong-password"))).status()).isEqualTo(401);
            assertThat(eventCount(retro)).isEqualTo(2);
            assertThat(noToken.send("POST", cards, body("column", "KEEP", "text", "x"),
                    Map.of("Authorization", basic(anna.username(), anna.password()))).status()).isEqualTo(201);
        }

        private static String basic(String username, String password) {
            return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
