package se.pollinator.live;

import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Live connections that misbehave (stop reading, never connect, flood) cannot hold back the others. */
class SlowClientsTest extends AppTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A raw WebSocket that reads nothing at all once open, as a stalled browser tab does. */
    private static final class Stalled implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final StringBuilder text = new StringBuilder();
        private final boolean reads;

        Stalled(boolean reads) {
            this.reads = reads;
        }

        @Override
        public void onOpen(WebSocket socket) {
            if (reads) {
                socket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            synchronized (text) {
                text.append(data);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(-1);
        }
    }

    private WebSocket open(Login login, Stalled listener) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login.username() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.newWebSocketBuilder().header("Authorization", basic)
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), listener).join();
    }

    private static void frame(WebSocket socket, String frame) {
        socket.sendText(frame + "\n\n\u0000", true).join();
    }

    @Test
    void aHealthySubscriberKeepsGettingPushesWhileOthersHaveStoppedReadingABigBoard() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        Login stuck = person("Stuck Reader", "MEMBER");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        session(bo).post("/api/retros/" + retro + "/participants", null);
        session(stuck).post("/api/retros/" + retro + "/participants", null);
        String longText = "Ett långt förslag om hur vi kan arbeta bättre tillsammans. ".repeat(8);
        for (int i = 0; i < 300; i++) {
            facilitator.post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", i + " " + longText));
        }
        List<WebSocket> stalled = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WebSocket socket = open(stuck, new Stalled(false));
            frame(socket, "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:10000,10000");
            frame(socket, "SUBSCRIBE\nid:0\ndestination:/topic/sessions/" + retro);
            stalled.add(socket);
        }
        try (StompWatcher healthy = stomp(bo)) {
            watchBoard(healthy, retro, bo.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/sessions/" + retro + "/presence")
                    .body().toString().contains(stuck.id()));
            String topic = "/topic/sessions/" + retro;
            for (int i = 0; i < 40; i++) {
                facilitator.post("/api/retros/" + retro + "/phase", body("phase", i % 2 == 0 ? "GROUP" : "REFLECT"));
                long seq = eventCount(retro) - 1;
                await("push " + seq + " reaches the healthy subscriber").atMost(Duration.ofSeconds(3))
                        .until(() -> healthy.messages(topic).stream()
                                .anyMatch(message -> ((Number) message.get("seq")).longValue() == seq));
            }
        } finally {
            stalled.forEach(WebSocket::abort);
        }
    }

    @Test
    void aSocketThatNeverSaysConnectIsClosed() throws Exception {
        Stalled silent = new Stalled(true);
        open(person("Silent Socket", "MEMBER"), silent);
        assertThat(silent.closed.get(20, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aClientWithoutHeartBeatsIsRefused() throws Exception {
        Stalled listener = new Stalled(true);
        WebSocket socket = open(person("No Heartbeat", "MEMBER"), listener);
        frame(socket, "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0");
        listener.closed.get(10, TimeUnit.SECONDS);
        synchronized (listener.text) {
            assertThat(listener.text.toString()).startsWith("ERROR").contains("heart-beats");
        }
    }

    @Test
    void onePersonHoldsABoundedNumberOfConnections() {
        Login bo = person("Bo Many Tabs", "MEMBER");
        List<StompWatcher> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                tabs.add(stomp(bo));
            }
            assertThatThrownBy(() -> stomp(bo)).as("one connection too many").hasStackTraceContaining(
                    "too many live connections");
            tabs.get(0).close();
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                StompWatcher again = stomp(bo);
                tabs.add(again);
                return again.isConnected() && again.errors().isEmpty();
            });
        } finally {
            tabs.forEach(StompWatcher::close);
        }
    }

    @Test
    void aFloodOfTypingHintsIsPassedOnAFewTimesASecond() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(session(anna));
        session(bo).post("/api/retros/" + retro + "/participants", null);
        try (StompWatcher watcher = stomp(anna); StompWatcher typist = stomp(bo)) {
            watchBoard(watcher, retro, anna.id());
            long start = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                typist.send("/app/sessions/" + retro + "/typing", Map.of("column", "KEEP"));
            }
            String presence = "/topic/sessions/" + retro + "/presence";
            await().atMost(Duration.ofSeconds(5)).until(() -> typingHints(watcher, presence) >= 1);
            double seconds = (System.nanoTime() - start) / 1e9 + 1;
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(typingHints(watcher, presence)).isLessThanOrEqualTo((long) Math.ceil(seconds * 3) + 1);
        }
    }

    private static long typingHints(StompWatcher watcher, String destination) {
        return watcher.messages(destination).stream().filter(message -> "Typing".equals(message.get("type"))).count();
    }
}
