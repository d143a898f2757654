package se.pollinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.pollinator.support.ApiClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * The app as someone trying it out starts it: no settings but an admin password, on the embedded
 * database file (here in a fresh folder instead of ./data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pollinator.admin.password=embedded-admin")
class EmbeddedDefaultTest {

    private static final Path FOLDER = folder();

    @LocalServerPort
    private int port;

    private static Path folder() {
        try {
            return Files.createTempDirectory("pollinator-embedded");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void embeddedDatabaseIn(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("pollinator") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void aRetroRunsOnTheEmbeddedDatabase() {
        ApiClient admin = new ApiClient(port, "admin", "embedded-admin");
        assertThat(admin.post("/api/people", body("username", "eva", "displayName", "Eva", "password", "eva-password",
                "roles", List.of("MEMBER"))).status()).isEqualTo(201);
        ApiClient eva = new ApiClient(port, "eva", "eva-password");

        String retro = admin.post("/api/retros", body("title", "Första retron", "module", 1)).id();
        assertThat(eva.post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);
        String card = eva.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika")).id();
        assertThat(eva.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "")).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/retros/" + retro + "/phase", body("phase", "GROUP")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                "GROUP".equals(eva.get("/api/sessions/" + retro + "/board").body().get("phase").asText()));
        JsonNode board = eva.get("/api/sessions/" + retro + "/board").body();
        assertThat(board.get("title").asText()).isEqualTo("Första retron");
        assertThat(board.get("cards")).hasSize(1);
        assertThat(board.get("cards").get(0).get("id").asText()).isEqualTo(card);
        assertThat(board.get("cards").get(0).get("text").asText()).isEqualTo("Fika");
        assertThat(Files.exists(FOLDER.resolve("pollinator.mv.db"))).isTrue();
    }
}
