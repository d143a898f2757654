package se.pollinator.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** What a changed password, a revoked or an expired access token leaves open: nothing but the one browser in use. */
class CredentialsEndTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEW_PASSWORD = "Nya lösenordet håller 2026!";

    @Autowired
    private AccessTokens tokens;

    private StompWatcher watching(StompWatcher live, String retro) {
        assertThat(live.following("/topic/sessions/" + retro).isConnected()).isTrue();
        return live;
    }

    @Test
    void changingOnesOwnPasswordEndsEveryOtherSessionAndLiveConnectionButNotTheOneInUse() {
        Login anna = person("Anna Facilitator", "FACILITATOR", "MEMBER");
        ApiClient laptop = session(anna);
        ApiClient phone = session(anna);
        String retro = newRetro(laptop);
        try (StompWatcher onLaptop = watching(StompWatcher.withCookie(port, "SESSION=" + laptop.cookie("SESSION")), retro);
             StompWatcher onPhone = watching(StompWatcher.withCookie(port, "SESSION=" + phone.cookie("SESSION")), retro)) {
            assertThat(laptop.put("/api/me/password", body("currentPassword", anna.password(), "newPassword", NEW_PASSWORD))
                    .status()).isEqualTo(204);

            assertThat(phone.get("/api/me").status()).as("the other browser is logged out").isEqualTo(401);
            await().atMost(WAIT).until(() -> !onPhone.isConnected());
            assertThat(laptop.get("/api/me").status()).as("the browser it was changed in stays").isEqualTo(200);
            assertThat(onLaptop.isConnected()).isTrue();
        }
    }

    @Test
    void theCurrentPasswordCheckIsThrottledAsLoginsAre() {
        Login bo = person("Bo Berg", "MEMBER");
        ApiClient browser = session(bo);
        int refusedAsWrong = 0;
        Response answer = null;
        for (int i = 0; i < 12; i++) {
            answer = browser.put("/api/me/password", body("currentPassword", "fel-" + i, "newPassword", NEW_PASSWORD));
            if (answer.status() != 403) {
                break;
            }
            refusedAsWrong++;
        }
        assertThat(refusedAsWrong).isEqualTo(LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body().get("code").asText()).isEqualTo("login.throttled");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.put("/api/me/password", body("currentPassword", bo.password(), "newPassword", NEW_PASSWORD))
                .status()).as("even the right one waits").isEqualTo(429);
        assertThat(new ApiClient(port, bo.username(), bo.password()).get("/api/me").status())
                .as("the password is unchanged").isEqualTo(429);
    }

    @Test
    void aTokenExpiresAfterNinetyDaysUnlessItsOwnerChoseAnotherDay() {
        ApiClient browser = session(person("Cia Carlsson", "MEMBER"));
        Response made = browser.post("/api/me/tokens", body("name", "Export"));
        Instant expires = Instant.parse(made.body().get("expiresAt").asText());
        assertThat(expires).isCloseTo(Instant.now().plus(90, ChronoUnit.DAYS), within(Duration.ofMinutes(5)));
        assertThat(browser.get("/api/me/tokens").body().get(0).get("expiresAt").asText()).isEqualTo(made.body()
                .get("expiresAt").asText());

        Response chosen = browser.post("/api/me/tokens", body("name", "Kort", "expiresAt",
                Instant.now().plus(7, ChronoUnit.DAYS).toString()));
        assertThat(chosen.status()).isEqualTo(201);
        for (String refused : new String[]{Instant.now().minusSeconds(60).toString(),
                Instant.now().plus(400, ChronoUnit.DAYS).toString()}) {
            Response answer = browser.post("/api/me/tokens", body("name", "Fel", "expiresAt", refused));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().get("code").asText()).isEqualTo("token.expiry");
        }
        assertThat(browser.get("/api/me/tokens").body()).hasSize(2);

        ApiClient script = ApiClient.withToken(port, made.body().get("token").asText());
        assertThat(script.get("/api/me").status()).isEqualTo(200);
        jdbc.update("UPDATE access_token SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), made.id());
        assertThat(script.get("/api/me").status()).as("expired").isEqualTo(401);
        assertThat(browser.get("/api/me/tokens").body()).as("an expired token is not listed").hasSize(1);
    }

    @Test
    void revokingOrExpiringATokenClosesTheLiveConnectionsItOpened() {
        Login dag = person("Dag Dahl", "FACILITATOR", "MEMBER");
        ApiClient browser = session(dag);
        String retro = newRetro(browser);
        Response revoked = browser.post("/api/me/tokens", body("name", "Skärm i korridoren"));
        Response expiring = browser.post("/api/me/tokens", body("name", "Skärm i fikarummet"));
        try (StompWatcher first = watching(StompWatcher.withBearer(port, revoked.body().get("token").asText()), retro);
             StompWatcher second = watching(StompWatcher.withBearer(port, expiring.body().get("token").asText()), retro);
             StompWatcher inBrowser = watching(StompWatcher.withCookie(port, "SESSION=" + browser.cookie("SESSION")), retro)) {
            assertThat(browser.delete("/api/me/tokens/" + revoked.id()).status()).isEqualTo(204);
            await().atMost(WAIT).until(() -> !first.isConnected());
            assertThat(second.isConnected()).as("another token's connection stays").isTrue();

            jdbc.update("UPDATE access_token SET expires_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(Instant.now().minusMillis(1)), expiring.id());
            tokens.announceExpired();
            await().atMost(WAIT).until(() -> !second.isConnected());
            assertThat(inBrowser.isConnected()).as("the browser's connection stays").isTrue();
        }
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toMinutes(), ChronoUnit.MINUTES);
    }
}
