package se.pollinator.bench;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One person watching sessions live over STOMP: when each item's push arrived, by its id (a
 * card's on a retro, a question's on a seminar: whatever {@code arrived} finds in a message).
 */
final class Subscriber implements AutoCloseable {

    private static final int MOST_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
    private final StompSession session;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Item id to the nano time its push arrived. */
    final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    /** Item id to the size of the message it arrived in, as compact JSON (the server's own), in bytes. */
    final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private final java.util.function.Function<Map<?, ?>, List<String>> arrived;
    private final java.util.concurrent.atomic.AtomicInteger transportErrors = new java.util.concurrent.atomic.AtomicInteger();

    /** A retro's watcher: a card arrives with its CardAdded push (a whole board may come as one message). */
    Subscriber(String base, Api as) throws Exception {
        this(base, as, message -> items(message, "CardAdded", "cards"), MOST_MESSAGE_BYTES);
    }

    /** {@code mostBytes}: the largest message taken; each connection's buffer is that size. */
    Subscriber(String base, Api as, java.util.function.Function<Map<?, ?>, List<String>> arrived, int mostBytes)
            throws Exception {
        this.arrived = arrived;
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(mostBytes);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setMessageConverter(new MappingJackson2MessageConverter());
        client.setInboundMessageSizeLimit(mostBytes);
        heartbeats.setPoolSize(1);
        heartbeats.setDaemon(true);
        heartbeats.initialize();
        client.setTaskScheduler(heartbeats);
        client.setDefaultHeartbeat(new long[]{10_000, 10_000});
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", as.authorization());
        session = client.connectAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws"), handshake,
                new StompHeaders(), new StompSessionHandlerAdapter() {
                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        transportErrors.incrementAndGet();
                    }
                }).get(20, TimeUnit.SECONDS);
    }

    void watch(String sessionId) {
        session.subscribe("/topic/sessions/" + sessionId, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long now = System.nanoTime();
                if (payload instanceof Map<?, ?> message) {
                    List<String> ids = arrived.apply(message);
                    ids.forEach(id -> arrivals.putIfAbsent(id, now));
                    if (!ids.isEmpty()) {
                        int size = sizeOf(message);
                        ids.forEach(id -> sizes.putIfAbsent(id, size));
                    }
                }
            }
        });
    }

    private static int sizeOf(Map<?, ?> message) {
        try {
            return JSON.writeValueAsBytes(message).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return -1;
        }
    }

    /** The ids of the items a message of this type upserts into this collection. */
    static List<String> items(Map<?, ?> message, String type, String collection) {
        List<String> ids = new java.util.ArrayList<>();
        if (type.equals(message.get("type")) && message.get("upserts") instanceof List<?> upserts) {
            for (Object upsert : upserts) {
                if (upsert instanceof Map<?, ?> change && collection.equals(change.get("collection"))
                        && change.get("item") instanceof Map<?, ?> item) {
                    ids.add(String.valueOf(item.get("id")));
                }
            }
        }
        return ids;
    }

    /** Whether the connection was lost (closed by the server, or broken) before the run ended. */
    boolean lost() {
        return !session.isConnected() || transportErrors.get() > 0;
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
