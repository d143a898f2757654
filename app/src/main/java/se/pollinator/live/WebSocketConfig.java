package se.pollinator.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import org.springframework.web.socket.server.HandshakeInterceptor;
import se.pollinator.security.AccessTokens;

import java.time.Duration;
import java.util.Map;

/**
 * STOMP over a plain WebSocket at {@code /ws}, with server heart-beats every 10 s. Board changes go to
 * {@code /topic/sessions/{id}}, presence to {@code /topic/sessions/{id}/presence}, and what only
 * one person may see to their {@code /user/queue/sessions}.
 */
@Configuration
@EnableWebSocketMessageBroker
public class WebSocketConfig implements WebSocketMessageBrokerConfigurer {

    /** The connection's attribute that names the access token it was opened with, if any. */
    static final String ACCESS_TOKEN_ID = "pollinator.accessTokenId";

    /** Enough threads that a few connections blocked on a slow send do not hold up the rest. */
    private static final int OUTBOUND_THREADS = 16;
    private static final Duration TIME_TO_CONNECT = Duration.ofSeconds(10);

    private final SessionGuard guard;
    private final Presence presence;
    private final LiveProperties properties;
    private final LiveConnections connections;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public WebSocketConfig(SessionGuard guard, Presence presence, LiveProperties properties,
                           LiveConnections connections) {
        this.guard = guard;
        this.presence = presence;
        this.properties = properties;
        this.connections = connections;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.initialize();
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Each connection remembers the browser session it was opened under (and nothing of its
        // contents), so that logging out or the session's expiry closes it.
        HttpSessionHandshakeInterceptor httpSession = new HttpSessionHandshakeInterceptor();
        httpSession.setCopyAllAttributes(false);
        httpSession.setCreateSession(false);
        registry.addEndpoint("/ws").addInterceptors(httpSession, new AccessTokenHandshake());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[]{10_000, 10_000})
                .setTaskScheduler(scheduler);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard, presence);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.taskExecutor().corePoolSize(OUTBOUND_THREADS).maxPoolSize(OUTBOUND_THREADS);
    }

    /**
     * A browser that stops reading is closed within the send time limit (it reconnects and
     * catches up by {@code seq}), and a socket that never says CONNECT is closed after 10 s.
     */
    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        int limitMillis = (int) properties.sendTimeLimit().toMillis();
        registration.setSendTimeLimit(limitMillis)
                .setSendBufferSizeLimit(properties.sendBufferKb() * 1024)
                .addDecoratorFactory(handler -> new SlowClients(handler, properties.sendTimeLimit(), TIME_TO_CONNECT,
                        scheduler, connections));
    }

    /** Remembers the access token a connection was opened with, so that revoking it closes the connection. */
    private static final class AccessTokenHandshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request,
                                       ServerHttpResponse response,
                                       WebSocketHandler handler,
                                       Map<String, Object> attributes) {
            if (request instanceof ServletServerHttpRequest servlet
                    && servlet.getServletRequest().getAttribute(AccessTokens.TOKEN_ID_ATTRIBUTE) instanceof String id) {
                attributes.put(ACCESS_TOKEN_ID, id);
            }
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request,
                                   ServerHttpResponse response,
                                   WebSocketHandler handler, Exception failure) {
        }
    }
}
