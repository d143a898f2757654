package se.pollinator.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole app on a random port against the real PostgreSQL test database, cleaned once per
 * run. Tests talk to it as people do: over HTTP and STOMP, never through its beans, except to
 * count what the event store holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CleanDatabase.class)
public abstract class AppTest {

    protected static final String PASSWORD = "Lingon-Sylt-Kanot-47";

    static {
        TestDatabase.ensureExists();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient admin;

    @BeforeEach
    void connectAdmin() {
        admin = new ApiClient(port, "admin", "admin-password");
    }

    /** A person known to the app, and what they need to log in. */
    public record Login(String id, String username, String password) {
    }

    /**
     * A person; one who takes part in sessions is also a member of module 2, the module of the
     * tests' retros, so that they may join one opened to its module.
     */
    protected Login person(String displayName, String... roles) {
        Login login = outsider(displayName, roles);
        if (List.of(roles).stream().anyMatch(role -> !role.equals("EVALUATOR"))) {
            assertThat(admin.post("/api/programme/modules/2/members", ApiClient.body("personId", login.id())).status())
                    .isEqualTo(200);
        }
        return login;
    }

    /** A person in no module and no municipality project of the programme. */
    protected Login outsider(String displayName, String... roles) {
        String username = displayName.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString()
                .substring(0, 8);
        ApiClient.Response created = admin.post("/api/people", ApiClient.body("username", username,
                "displayName", displayName, "password", PASSWORD, "roles", List.of(roles)));
        assertThat(created.status()).isEqualTo(201);
        return new Login(created.id(), username, PASSWORD);
    }

    protected ApiClient api(Login login) {
        return new ApiClient(port, login.username(), login.password());
    }

    /** A client logged in with the form, as a browser is: no bcrypt check per request. */
    protected ApiClient session(Login login) {
        return ApiClient.loggedIn(port, login.username(), login.password());
    }

    protected StompWatcher stomp(Login login) {
        return new StompWatcher(port, login.username(), login.password());
    }

    /**
     * A new retro, open to its module so that tests about other things can let people join
     * without its share link; pass {@code "openToModule", false} for one that needs the link.
     */
    protected String newRetro(ApiClient facilitator, Object... extra) {
        Object[] fields = new Object[6 + extra.length];
        fields[0] = "title";
        fields[1] = "Retro " + UUID.randomUUID().toString().substring(0, 6);
        fields[2] = "module";
        fields[3] = 2;
        fields[4] = "openToModule";
        fields[5] = true;
        System.arraycopy(extra, 0, fields, 6, extra.length);
        ApiClient.Response created = facilitator.post("/api/retros", ApiClient.body(fields));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.id();
    }

    /**
     * Sends a request that must be refused: asserts the answer is a problem detail with this
     * status and that the aggregate got no new event; returns the answer for further checks.
     */
    protected ApiClient.Response refusedWithoutWriting(String aggregateId, int status,
                                                       Supplier<ApiClient.Response> request) {
        long before = eventCount(aggregateId);
        ApiClient.Response response = request.get();
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(eventCount(aggregateId)).isEqualTo(before);
        return response;
    }

    /** Waits until the board has folded every stored event of the retro, and answers it. */
    protected JsonNode awaitSettled(ApiClient client, String retro) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/sessions/" + retro + "/board").body().get("seq").asLong() == eventCount(retro) - 1);
        return client.get("/api/sessions/" + retro + "/board").body();
    }

    protected long eventCount(String aggregateId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, aggregateId);
        return count == null ? 0 : count;
    }

    /**
     * Subscribes to a board and its presence, and waits until the server counts the person
     * present, which it does only once the broker has registered the subscription.
     */
    protected void watchBoard(StompWatcher watcher, String retroId, String personId) {
        watcher.watch("/topic/sessions/" + retroId + "/presence");
        watcher.watch("/topic/sessions/" + retroId);
        ApiClient reader = admin;
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.get("/api/sessions/" + retroId + "/presence")
                .body().toString().contains(personId));
    }
}
