package se.pollinator.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import se.pollinator.PollinatorApplication;
import se.pollinator.session.SessionGuestStore;
import se.pollinator.session.SessionKind;
import se.pollinator.support.ApiClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retros' boards moved from their own tables into the session kernel's (V18): a database
 * recorded by the code before the move ({@link RecordBoards}: retros through every kind of event,
 * a think tank and a café, with the read models the old code kept) is migrated and the app started
 * on it; the boards it rebuilds from the events equal, viewer by viewer, the boards the old code
 * answered, and so does the directory.
 */
class BoardsRebuiltAfterMigrationTest {

    private static final String DATABASE = "pollinator_rebuild";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** The recorded café. */
    private static final String CAFE = "01085539-39e4-4a12-a8bc-165217b6cb18";
    private static final String LINK_HASH = "a".repeat(64);
    private static ConfigurableApplicationContext app;
    private static JsonNode recorded;

    @BeforeAll
    static void migrateTheRecordedDatabaseAndStart() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        Flyway.configure().dataSource(SERVER + DATABASE, "postgres", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .target("17").load().migrate();
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             Statement statement = connection.createStatement()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("recorded/before-v18.sql"));
            // A café's invitation link and a guest it let in, as the cafés kept them before V19 moved them.
            statement.execute("INSERT INTO cafe_invitation (token_hash, cafe_id, invitation_id, expires_at, max_uses, "
                    + "revoked) VALUES ('" + LINK_HASH + "', '" + CAFE + "', 'inv-recorded', '2999-01-01T00:00:00Z', 5, FALSE)");
            statement.execute("INSERT INTO cafe_guest (guest_id, cafe_id, invitation_id, display_name) VALUES "
                    + "('guest-recorded', '" + CAFE + "', 'inv-recorded', 'Gunnar Gäst')");
        }
        recorded = new ObjectMapper().readTree(new ClassPathResource("recorded/boards-before-v18.json")
                .getInputStream());
        app = new SpringApplicationBuilder(PollinatorApplication.class).profiles("test")
                .run("--spring.datasource.url=" + SERVER + DATABASE, "--server.port=0");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyBoardRebuiltFromTheEventsEqualsTheBoardBeforeTheMigration() {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String password = recorded.get("password").asText();
        JsonNode people = recorded.get("people");
        JsonNode boards = recorded.get("boards");
        assertThat(boards.size()).isEqualTo(4);
        for (Iterator<Map.Entry<String, JsonNode>> sessions = boards.fields(); sessions.hasNext(); ) {
            Map.Entry<String, JsonNode> session = sessions.next();
            for (Iterator<Map.Entry<String, JsonNode>> viewers = session.getValue().fields(); viewers.hasNext(); ) {
                Map.Entry<String, JsonNode> viewer = viewers.next();
                ApiClient client = new ApiClient(port, people.get(viewer.getKey()).asText(), password);
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                        assertThat(client.get("/api/sessions/" + session.getKey() + "/board").body())
                                .as(session.getKey() + " as " + viewer.getKey()).isEqualTo(viewer.getValue()));
            }
        }
        ApiClient anna = new ApiClient(port, people.get("anna").asText(), password);
        assertThat(anna.get("/api/sessions").body()).isEqualTo(recorded.get("directory"));
    }

    @Test
    void theCafesLinksAndGuestsMovedToTheKernelsGuestStoreByTheirSession() {
        SessionGuestStore guests = app.getBean(SessionGuestStore.class);
        assertThat(guests.invitation(LINK_HASH)).hasValueSatisfying(link -> {
            assertThat(link.sessionId()).isEqualTo(CAFE);
            assertThat(link.kind()).isEqualTo(SessionKind.CAFE);
            assertThat(link.maxUses()).isEqualTo(5);
        });
        assertThat(guests.guest("guest-recorded")).hasValueSatisfying(guest -> {
            assertThat(guest.sessionId()).isEqualTo(CAFE);
            assertThat(guest.displayName()).isEqualTo("Gunnar Gäst");
        });
        assertThat(guests.admitted("guest-recorded")).isTrue();
    }
}
