package se.pollinator.support;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real STOMP client over a real WebSocket, logged in with HTTP Basic on the handshake. It
 * records every message and every error it receives.
 */
public class StompWatcher implements AutoCloseable {

    private final WebSocketStompClient client;
    private static final int MOST_MESSAGE_BYTES = 8 * 1024 * 1024;

    private final StompSession session;
    private final ThreadPoolTaskScheduler heartbeats;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Map<String, List<Map<String, Object>>> received = new java.util.concurrent.ConcurrentHashMap<>();

    public StompWatcher(int port, String username, String password) {
        this(port, basic(username, password));
    }

    /** A client whose handshake carries a browser's session cookie, as a café's guest has. */
    public static StompWatcher withCookie(int port, String cookie) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", cookie);
        return new StompWatcher(port, handshake);
    }

    /** A client whose handshake carries a personal access token, as an API client's does. */
    public static StompWatcher withBearer(int port, String token) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", "Bearer " + token);
        return new StompWatcher(port, handshake);
    }

    private static WebSocketHttpHeaders basic(String username, String password) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return handshake;
    }

    private StompWatcher(int port, WebSocketHttpHeaders handshake) {
        // Whole boards travel in one message (on a phase change): allow large ones, as browsers do.
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(MOST_MESSAGE_BYTES);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setMessageConverter(new MappingJackson2MessageConverter());
        // The server admits only clients that send heart-beats.
        heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setDaemon(true);
        heartbeats.initialize();
        client.setTaskScheduler(heartbeats);
        client.setDefaultHeartbeat(new long[]{10_000, 10_000});
        client.setInboundMessageSizeLimit(MOST_MESSAGE_BYTES);
        try {
            session = client.connectAsync(URI.create("ws://localhost:" + port + "/ws"), handshake, new StompHeaders(),
                    new StompSessionHandlerAdapter() {
                        @Override
                        public void handleException(StompSession s, StompCommand command, StompHeaders headers,
                                                    byte[] payload, Throwable exception) {
                            errors.add(String.valueOf(exception));
                        }

                        @Override
                        public void handleFrame(StompHeaders headers, Object payload) {
                            errors.add(headers.getFirst("message"));
                        }

                        @Override
                        public void handleTransportError(StompSession s, Throwable exception) {
                            errors.add("transport: " + exception);
                        }
                    }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect over STOMP: " + errors, e);
        }
    }

    /** Subscribes and records what arrives, in arrival order. */
    /** Follows the destination and answers this watcher once the server took the subscription (or refused it). */
    public StompWatcher following(String destination) {
        watch(destination);
        org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofMillis(300))
                .atMost(java.time.Duration.ofSeconds(10)).until(() -> true);
        return this;
    }

    public StompSession.Subscription watch(String destination) {
        List<Map<String, Object>> messages = received.computeIfAbsent(destination, d -> new CopyOnWriteArrayList<>());
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        StompSession.Subscription subscription = session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                messages.add((Map<String, Object>) payload);
            }
        });
        return subscription;
    }

    public void send(String destination, Object payload) {
        session.send(destination, payload);
    }

    public List<Map<String, Object>> messages(String destination) {
        return new ArrayList<>(received.getOrDefault(destination, List.of()));
    }

    public List<String> errors() {
        return errors;
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        client.stop();
        heartbeats.shutdown();
    }
}
