package se.pollinator.live;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.ApiClient;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/**
 * A café guest's access lasts as long as their invitation and their café: when the link expires or
 * the café closes, their next request and their live connection end, and they are told which;
 * while it lasts, any other page sends them to their café.
 */
class GuestAccessEndsTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private LiveConnections connections;

    private record Guest(String cafe, String invitationToken, ApiClient facilitator, ApiClient browser) {
    }

    private Guest guestAtNewCafe() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String cafe = facilitator.post("/api/cafes", body("title", "Framtidscafé", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad behöver staden?")))).id();
        String token = facilitator.post("/api/cafes/" + cafe + "/invitations", null).body().get("token").asText();
        ApiClient browser = ApiClient.anonymous(port);
        browser.get("/guest.html");
        assertThat(browser.post("/api/guest/" + token, body("displayName", "Gästen")).status()).isEqualTo(200);
        return new Guest(cafe, token, facilitator, browser);
    }

    private StompWatcher watchingOwnCafe(Guest guest) {
        StompWatcher live = StompWatcher.withCookie(port, "SESSION=" + guest.browser().cookie("SESSION"))
                .following("/topic/sessions/" + guest.cafe());
        assertThat(live.isConnected()).isTrue();
        return live;
    }

    @Test
    void whileTheirAccessHoldsEveryOtherPageSendsAGuestToTheirCafe() {
        Guest guest = guestAtNewCafe();
        for (String page : List.of("/", "/index.html", "/board.html?id=x", "/programme.html")) {
            Response answer = guest.browser().get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page)
                    .endsWith("/cafe.html?id=" + guest.cafe());
        }
        assertThat(guest.browser().get("/cafe.html?id=" + guest.cafe()).status()).isEqualTo(200);
    }

    @Test
    void whenTheLinkExpiresTheGuestIsOutAndToldSo() {
        Guest guest = guestAtNewCafe();
        try (StompWatcher live = watchingOwnCafe(guest)) {
            jdbc.update("UPDATE session_guest_link SET expires_at = ? WHERE session_id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(1)), guest.cafe());
            connections.closeWhereTheBrowserSessionEnded();
            await().atMost(WAIT).until(() -> !live.isConnected());
        }
        Response refused = guest.browser().get("/api/sessions/" + guest.cafe() + "/board");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("code").asText()).isEqualTo("guest.expired");
        assertThat(refused.body().get("cafeId").asText()).isEqualTo(guest.cafe());
        assertThat(guest.browser().get("/api/sessions/" + guest.cafe() + "/board").status())
                .as("the guest's session is over").isEqualTo(401);
    }

    @Test
    void whenTheCafeClosesTheGuestIsOutAfterTheClosingReachedThemAndToldSo() {
        Guest guest = guestAtNewCafe();
        try (StompWatcher live = watchingOwnCafe(guest)) {
            assertThat(guest.facilitator().post("/api/cafes/" + guest.cafe() + "/close", null).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> !live.messages("/topic/sessions/" + guest.cafe()).isEmpty());
            connections.closeWhereTheBrowserSessionEnded();
            await().atMost(WAIT).until(() -> !live.isConnected());
        }
        Response page = guest.browser().get("/cafe.html?id=" + guest.cafe());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/guest.html?ended=guest.cafe-closed");
        assertThat(guest.browser().get("/api/sessions/" + guest.cafe() + "/board").status()).isEqualTo(401);
    }
}
