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
 * The retros' boards moved from their own tables into the session kernel's (V18), and the cafés'
 * people from their header into parts (V20): a database recorded by the code before the moves
 * ({@link RecordBoards}: retros through every kind of event, a think tank and a café, with the read
 * models the old code kept) is migrated and the app started on it; the boards it rebuilds from the
 * events equal, viewer by viewer, the boards the old code answered, and so does the directory. The
 * think tank's and the café's boards are recorded in today's shape (insights, notes and people as
 * collections of their own, not inside their questions and tables): the recording with its items
 * moved, values unchanged.
 */
class BoardsRebuiltAfterMigrationTest {

    private static final String DATABASE = "pollinator_rebuild";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** The recorded café. */
    private static final String CAFE = "01085539-39e4-4a12-a8bc-165217b6cb18";
    private static final String LINK_HASH = "a".repeat(64);
    private static ConfigurableApplicationContext app;
    private static JsonNode recorded;
    /** The café's link and guest as V19 left them: V20 folds the cafés again, from their events. */
    private static String movedLink;
    private static String movedGuest;

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
        Flyway.configure().dataSource(SERVER + DATABASE, "postgres", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .target("19").load().migrate();
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             Statement statement = connection.createStatement()) {
            movedLink = single(statement, "SELECT session_id || ' ' || invitation_id || ' ' || max_uses || ' ' || revoked"
                    + " FROM session_guest_link WHERE token_hash = '" + LINK_HASH + "'");
            movedGuest = single(statement, "SELECT session_id || ' ' || invitation_id || ' ' || display_name"
                    + " FROM session_guest WHERE guest_id = 'guest-recorded'");
        }
        recorded = new ObjectMapper().readTree(new ClassPathResource("recorded/boards-before-v18.json")
                .getInputStream());
        app = new SpringApplicationBuilder(PollinatorApplication.class).profiles("test")
                .run("--spring.datasource.url=" + SERVER + DATABASE, "--server.port=0");
    }

    private static String single(Statement statement, String query) throws java.sql.SQLException {
        try (java.sql.ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
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
    void theCafesLinksAndGuestsMovedToTheKernelsGuestTablesByTheirSession() {
        assertThat(movedLink).isEqualTo(CAFE + " inv-recorded 5 false");
        assertThat(movedGuest).isEqualTo(CAFE + " inv-recorded Gunnar Gäst");
    }
}
