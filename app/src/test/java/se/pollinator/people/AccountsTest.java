package se.pollinator.people;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.pollinator.PollinatorApplication;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Accounts and sessions as a careful operator expects them (OWASP ASVS level 2). */
@ExtendWith(OutputCaptureExtension.class)
class AccountsTest extends AppTest {

    private static final String STRONG = "Rönnbär-Skärgård-Paddel-35";

    private Response addPerson(String username, String password) {
        return admin.post("/api/people", body("username", username, "displayName", "Someone", "password", password,
                "roles", List.of("MEMBER")));
    }

    @Nested
    class Passwords {
        @Test
        void shortCommonGuessableOrUsernamePasswordsAreRefused() {
            assertThat(addPerson("p1-" + System.nanoTime(), "12345678").body().get("code").asText())
                    .isEqualTo("password.length");
            assertThat(addPerson("p2-" + System.nanoTime(), "password").body().get("code").asText())
                    .isEqualTo("password.length");
            assertThat(addPerson("p3-" + System.nanoTime(), "password1234").body().get("code").asText())
                    .isEqualTo("password.guessable");
            assertThat(addPerson("p4-" + System.nanoTime(), "qwertyuiop123").body().get("code").asText())
                    .isEqualTo("password.guessable");
            String username = "lisbeth" + System.nanoTime();
            Response withName = addPerson(username, "x7" + username + "Q!");
            assertThat(withName.status()).isEqualTo(400);
            assertThat(withName.body().get("code").asText()).isEqualTo("password.username");
            assertThat(addPerson("p5-" + System.nanoTime(), "Å".repeat(129)).body().get("code").asText())
                    .isEqualTo("password.length");
        }

        @Test
        void aLongPassphraseOfUpTo128CharactersWorksBeyondBcryptsLimit() {
            String username = "long" + System.nanoTime();
            String passphrase = ("Åtta älgar åt ärtor " + System.nanoTime() + " ").repeat(6).substring(0, 128);
            assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
            assertThat(addPerson(username, passphrase).status()).isEqualTo(201);
            assertThat(new ApiClient(port, username, passphrase).get("/api/me").status()).isEqualTo(200);
            assertThat(new ApiClient(port, username, passphrase.substring(0, 72)).get("/api/me").status())
                    .isEqualTo(401);
        }

        @Test
        void usernamesAreUniqueRegardlessOfCaseAndLogInInAnyCase() {
            String username = "Karin" + System.nanoTime();
            assertThat(addPerson(username, STRONG).status()).isEqualTo(201);
            assertThat(addPerson(username.toLowerCase(), STRONG).status()).isEqualTo(409);
            assertThat(new ApiClient(port, username.toUpperCase(), STRONG).get("/api/me").status()).isEqualTo(200);
        }

        @Test
        void aPersonChangesTheirOwnPassword() {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient me = api(bo);
            assertThat(me.put("/api/me/password", body("currentPassword", "wrong-one-entirely", "newPassword", STRONG))
                    .status()).isEqualTo(403);
            assertThat(me.put("/api/me/password", body("currentPassword", bo.password(), "newPassword",
                    "password1234")).status()).isEqualTo(400);
            assertThat(me.put("/api/me/password", body("currentPassword", bo.password(), "newPassword", STRONG))
                    .status()).isEqualTo(204);
            assertThat(api(bo).get("/api/me").status()).isEqualTo(401);
            assertThat(new ApiClient(port, bo.username(), STRONG).get("/api/me").status()).isEqualTo(200);
        }
    }

    @Nested
    class AdminsManagePeople {
        @Test
        void anAdminEditsResetsAndDisablesAPersonWhoseSessionsAndLiveConnectionsEndAtOnce() throws Exception {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient browser = session(bo);
            assertThat(browser.get("/api/me").status()).isEqualTo(200);
            ApiClient boToken = ApiClient.withToken(port, browser.post("/api/me/tokens", body("name", "script"))
                    .body().get("token").asText());
            try (StompWatcher live = stomp(bo)) {
                assertThat(live.isConnected()).isTrue();
                Response disabled = admin.put("/api/people/" + bo.id() + "/disabled", body("disabled", true));
                assertThat(disabled.status()).isEqualTo(200);
                assertThat(disabled.body().get("disabled").asBoolean()).isTrue();
                await().atMost(Duration.ofSeconds(5)).until(() -> !live.isConnected());
            }
            assertThat(browser.get("/api/me").status()).as("the session is over").isEqualTo(401);
            assertThat(api(bo).get("/api/me").status()).as("no more logins").isEqualTo(401);
            assertThat(boToken.get("/api/me").status()).as("no more tokens").isEqualTo(401);

            admin.put("/api/people/" + bo.id() + "/disabled", body("disabled", false));
            assertThat(api(bo).get("/api/me").status()).isEqualTo(200);
            ApiClient again = session(bo);
            Response edited = admin.put("/api/people/" + bo.id(), body("displayName", "Bo Facilitator",
                    "roles", List.of("MEMBER", "FACILITATOR")));
            assertThat(edited.body().get("roles").toString()).contains("FACILITATOR");
            assertThat(again.get("/api/me").status()).as("new roles need a new login").isEqualTo(401);
            assertThat(admin.put("/api/people/" + bo.id() + "/password", body("password", STRONG)).status())
                    .isEqualTo(204);
            assertThat(new ApiClient(port, bo.username(), STRONG).get("/api/me").body().get("displayName").asText())
                    .isEqualTo("Bo Facilitator");
        }

        @Test
        void onlyAdminsManagePeopleAndNobodyDisablesThemself() {
            Login bo = person("Bo Member", "MEMBER", "FACILITATOR");
            assertThat(api(bo).put("/api/people/" + bo.id() + "/disabled", body("disabled", true)).status())
                    .isEqualTo(403);
            String adminId = admin.get("/api/me").body().get("id").asText();
            Response self = admin.put("/api/people/" + adminId + "/disabled", body("disabled", true));
            assertThat(self.status()).isEqualTo(409);
            assertThat(self.body().get("code").asText()).isEqualTo("person.self-disable");
            assertThat(admin.put("/api/people/nobody/disabled", body("disabled", true)).status()).isEqualTo(404);
        }
    }

    @Nested
    class Sessions {
        @Test
        void aSessionSurvivesARestartOfTheAppAndItsCookieIsHttpOnlyAndSameSite() {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient browser = session(bo);
            assertThat(browser.loginCookieHeader()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
            Response page = browser.get("/api/me");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()"));

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PollinatorApplication.class)
                    .profiles("test").run("--server.port=0")) {
                int otherPort = ((WebServerApplicationContext) restarted).getWebServer().getPort();
                assertThat(browser.onPort(otherPort).get("/api/me").body().get("id").asText()).isEqualTo(bo.id());
            }
        }
    }

    @Nested
    class LoggingIn {
        @Test
        void afterLoggingInAPersonGoesBackToThePageTheyAskedForNeverToAnApiCallOrTheSocket() {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient browser = ApiClient.anonymous(port);
            assertThat(browser.send("GET", "/retro.html?id=some-retro", null, Map.of("Accept", "text/html")).status())
                    .as("sent to the login page").isEqualTo(302);
            // The board page's WebSocket handshake finds the person logged out too; a browser sends it
            // without asking for JSON, so Spring would remember it as the place to return to.
            assertThat(browser.send("GET", "/ws", null, Map.of("Accept", "*/*")).status()).isEqualTo(401);
            browser.logIn(bo.username(), bo.password());
            assertThat(browser.loginLocation()).contains("/retro.html?id=some-retro");
            // A link from before the retro's page was named after its kind still leads there, token and all.
            ApiClient.Response old = browser.send("GET", "/board.html?id=some-retro&join=abc", null,
                    Map.of("Accept", "text/html"));
            assertThat(old.status()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location").orElseThrow()).isEqualTo("/retro.html?id=some-retro&join=abc");

            ApiClient fromTheApi = ApiClient.anonymous(port);
            fromTheApi.send("GET", "/api/retros", null, Map.of("Accept", "*/*"));
            fromTheApi.logIn(bo.username(), bo.password());
            assertThat(fromTheApi.loginLocation()).doesNotContain("/api/").endsWith("/");
        }
    }

    @Nested
    class AccessTokens {
        @Test
        void aTokenIsShownOnceWorksInsteadOfAPasswordAndStopsWhenRevoked() {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient browser = session(bo);
            Response issued = browser.post("/api/me/tokens", body("name", "CI script"));
            assertThat(issued.status()).isEqualTo(201);
            String token = issued.body().get("token").asText();
            assertThat(token).startsWith("pol_");
            assertThat(browser.get("/api/me/tokens").body().toString()).contains("CI script").doesNotContain(token);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_token WHERE token_hash = ?", Long.class, token))
                    .as("stored hashed").isZero();

            ApiClient script = ApiClient.withToken(port, token);
            assertThat(script.get("/api/me").body().get("id").asText()).isEqualTo(bo.id());
            Login anna = person("Anna Facilitator", "FACILITATOR");
            String retro = newRetro(api(anna));
            assertThat(script.post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
            assertThat(script.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "from a script"))
                    .status()).as("no CSRF token needed").isEqualTo(201);

            assertThat(browser.delete("/api/me/tokens/" + issued.id()).status()).isEqualTo(204);
            assertThat(script.get("/api/me").status()).isEqualTo(401);
            assertThat(ApiClient.withToken(port, "pol_forged").get("/api/me").status()).isEqualTo(401);
            assertThat(api(anna).delete("/api/me/tokens/" + issued.id()).status()).as("not anna's").isEqualTo(404);
        }

        @Test
        void aTokensLastUseIsKeptToTheMinute() {
            Login bo = person("Bo Member", "MEMBER");
            ApiClient browser = session(bo);
            Response issued = browser.post("/api/me/tokens", body("name", "Nightly export"));
            ApiClient script = ApiClient.withToken(port, issued.body().get("token").asText());
            assertThat(browser.get("/api/me/tokens").body().get(0).get("lastUsedAt").isNull()).as("never used").isTrue();
            assertThat(script.get("/api/me").status()).isEqualTo(200);
            java.sql.Timestamp first = lastUsed(issued.id());
            assertThat(first).isNotNull();

            java.sql.Timestamp recently = java.sql.Timestamp.from(first.toInstant().minusSeconds(30));
            jdbc.update("UPDATE access_token SET last_used_at = ? WHERE id = ?", recently, issued.id());
            assertThat(script.get("/api/me").status()).isEqualTo(200);
            assertThat(lastUsed(issued.id())).as("used within the minute: left alone").isEqualTo(recently);

            java.sql.Timestamp longAgo = java.sql.Timestamp.from(first.toInstant().minusSeconds(120));
            jdbc.update("UPDATE access_token SET last_used_at = ? WHERE id = ?", longAgo, issued.id());
            assertThat(script.get("/api/me").status()).isEqualTo(200);
            assertThat(lastUsed(issued.id())).as("a minute on: noted again").isAfter(longAgo);
        }

        private java.sql.Timestamp lastUsed(String tokenId) {
            return jdbc.queryForObject("SELECT last_used_at FROM access_token WHERE id = ?", java.sql.Timestamp.class,
                    tokenId);
        }
    }

    @Nested
    class LoginThrottling {
        @Test
        void repeatedFailuresForOneAccountAreSlowedButTheRealPersonGetsInAfterAShortWait(CapturedOutput output)
                throws Exception {
            Login bo = person("Bo Member", "MEMBER");
            RawHttp from = new RawHttp("127.0.0.2", port);
            for (int i = 0; i < 5; i++) {
                assertThat(from.get("/api/me", bo.username(), "wrong-" + i).status()).isEqualTo(401);
            }
            RawHttp.Answer slowed = from.get("/api/me", bo.username(), bo.password());
            assertThat(slowed.status()).isEqualTo(429);
            assertThat(slowed.header("Retry-After")).isNotNull();
            assertThat(slowed.body()).contains("application/problem+json", "wait");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                    .until(() -> from.get("/api/me", bo.username(), bo.password()).status() == 200);
            assertThat(output.getOut()).contains("Login failed for '" + bo.username() + "' from 127.0.0.2")
                    .contains("Login succeeded for '" + bo.username() + "' from 127.0.0.2")
                    .doesNotContain("wrong-3");
        }

        @Test
        void aFloodOfParallelGuessesFromOneAddressIsMostlyRefusedAtOnce() {
            Login bo = person("Bo Member", "MEMBER");
            RawHttp from = new RawHttp("127.0.0.3", port);
            List<CompletableFuture<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "guess-" + i;
                guesses.add(CompletableFuture.supplyAsync(() -> from.get("/api/me", bo.username(), guess).status()));
            }
            List<Integer> statuses = guesses.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(status -> status == 429).count()).isGreaterThan(20);
        }
    }

    /** HTTP over a socket bound to a chosen loopback address, so throttling by address stays in its test. */
    static final class RawHttp {
        private final String from;
        private final int port;

        RawHttp(String from, int port) {
            this.from = from;
            this.port = port;
        }

        record Answer(int status, String head, String body) {
            String header(String name) {
                return head.lines().filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                        .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
            }
        }

        Answer get(String path, String username, String password) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                        + "Authorization: Basic " + basic + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                String text = all.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                String head = split < 0 ? text : text.substring(0, split);
                int status = Integer.parseInt(head.substring(9, 12));
                return new Answer(status, head, head + (split < 0 ? "" : text.substring(split)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
