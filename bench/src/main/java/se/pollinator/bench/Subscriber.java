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

/** One person watching boards live over STOMP: when each card's push arrived, by card id. */
final class Subscriber implements AutoCloseable {

    private static final int MOST_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
    private final StompSession session;
    /** Card id to the nano time its CardAdded push arrived. */
    final Map<String, Long> arrivals = new ConcurrentHashMap<>();

    Subscriber(String base, Api as) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(MOST_MESSAGE_BYTES);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setMessageConverter(new MappingJackson2MessageConverter());
        client.setInboundMessageSizeLimit(MOST_MESSAGE_BYTES);
        heartbeats.setPoolSize(1);
        heartbeats.setDaemon(true);
        heartbeats.initialize();
        client.setTaskScheduler(heartbeats);
        client.setDefaultHeartbeat(new long[]{10_000, 10_000});
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Authorization", as.authorization());
        session = client.connectAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws"), handshake,
                new StompHeaders(), new StompSessionHandlerAdapter() {
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
                if (payload instanceof Map<?, ?> message && "CardAdded".equals(message.get("type"))
                        && message.get("upserts") instanceof List<?> upserts) {
                    for (Object upsert : upserts) {
                        if (upsert instanceof Map<?, ?> change && "cards".equals(change.get("collection"))
                                && change.get("item") instanceof Map<?, ?> card) {
                            arrivals.putIfAbsent(String.valueOf(card.get("id")), now);
                        }
                    }
                }
            }
        });
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
