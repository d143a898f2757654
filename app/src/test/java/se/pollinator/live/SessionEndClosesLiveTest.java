package se.pollinator.live;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** No live connection outlives the browser session it was opened under. */
class SessionEndClosesLiveTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private LiveConnections connections;

    private StompWatcher watching(ApiClient browser, String retro) {
        StompWatcher live = StompWatcher.withCookie(port, "SESSION=" + browser.cookie("SESSION"))
                .following("/topic/sessions/" + retro);
        assertThat(live.isConnected()).isTrue();
        return live;
    }

    @Test
    void loggingOutClosesTheLiveConnectionsOpenedUnderThatSession() {
        ApiClient browser = session(person("Anna Facilitator", "FACILITATOR", "MEMBER"));
        String retro = newRetro(browser);
        ApiClient otherBrowser = session(person("Bo Berg", "FACILITATOR", "MEMBER"));
        try (StompWatcher live = watching(browser, retro);
             StompWatcher other = watching(otherBrowser, newRetro(otherBrowser))) {
            assertThat(browser.post("/logout", null).status()).isLessThan(400);
            assertThat(browser.get("/api/me").status()).isEqualTo(401);
            await().atMost(WAIT).until(() -> !live.isConnected());
            assertThat(other.isConnected()).as("someone else's connection stays").isTrue();
        }
    }

    @Test
    void aBrowserSessionThatExpiredHasItsLiveConnectionsClosed() {
        Login anna = person("Anna Facilitator", "FACILITATOR", "MEMBER");
        ApiClient browser = session(anna);
        String retro = newRetro(browser);
        try (StompWatcher live = watching(browser, retro)) {
            jdbc.update("UPDATE spring_session SET last_access_time = 0, expiry_time = 0"
                    + " WHERE principal_name = ?", anna.username());
            connections.closeWhereTheBrowserSessionEnded();
            await().atMost(WAIT).until(() -> !live.isConnected());
        }
    }
}
