package se.pollinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * The app as someone trying it out starts it: no settings at all, on the embedded database file
 * (here in a fresh folder instead of ./data), logging in with the admin password it printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    private static final Pattern GENERATED = Pattern.compile("generated password\\s+(\\S+)");

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
    void aRetroRunsOnTheEmbeddedDatabaseWithTheAdminPasswordItPrinted(CapturedOutput output) {
        assertThat(output.getOut()).contains("open http://localhost:" + port + "/")
                .contains("POLLINATOR_ADMIN_PASSWORD sets another").doesNotContain("AxonIQ Console");
        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).as("the generated admin password is printed").isTrue();
        ApiClient admin = new ApiClient(port, "admin", printed.group(1));
        assertThat(admin.post("/api/people", body("username", "eva", "displayName", "Eva", "password", "Blåbär-Fjäll-Tåg-93",
                "roles", List.of("MEMBER"))).status()).isEqualTo(201);
        ApiClient eva = new ApiClient(port, "eva", "Blåbär-Fjäll-Tåg-93");

        String retro = admin.post("/api/retros", body("title", "Första retron", "module", 1)).id();
        String token = admin.get("/api/sessions/" + retro + "/board").body().get("joinToken").asText();
        assertThat(eva.post("/api/retros/" + retro + "/participants", body("token", token)).status()).isEqualTo(200);
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
