package se.pollinator.support;

import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
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
    private final StompSession session;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Map<String, List<Map<String, Object>>> received = new java.util.concurrent.ConcurrentHashMap<>();

    public StompWatcher(int port, String username, String password) {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new MappingJackson2MessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
            throw new IllegalStateException("Could not connect over STOMP", e);
        }
    }

    /** Subscribes and records what arrives, in arrival order. */
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
    }
}
