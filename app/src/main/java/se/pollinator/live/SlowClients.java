package se.pollinator.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps sockets that do not play along from holding the server. Tomcat blocks a send to a browser
 * that has stopped reading for 20 seconds by default, holding one of the few outbound threads that
 * serve everybody else; here such a send fails within the send time limit and the connection is
 * closed. A socket that says nothing (no CONNECT) is closed after a short while. Open connections
 * are known by person, so that a person's can be closed when their access changes.
 */
final class SlowClients extends WebSocketHandlerDecorator {

    /** Tomcat's per-session limit on a blocking send, in milliseconds. */
    static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final String SPOKE = SlowClients.class.getName() + ".spoke";
    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private final long sendTimeoutMillis;
    private final Duration timeToConnect;
    private final TaskScheduler scheduler;
    private final LiveConnections connections;

    SlowClients(WebSocketHandler delegate, Duration sendTimeout, Duration timeToConnect, TaskScheduler scheduler,
                LiveConnections connections) {
        super(delegate);
        this.sendTimeoutMillis = sendTimeout.toMillis();
        this.timeToConnect = timeToConnect;
        this.scheduler = scheduler;
        this.connections = connections;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        if (session instanceof NativeWebSocketSession wrapper
                && wrapper.getNativeSession() instanceof jakarta.websocket.Session socket) {
            socket.getUserProperties().put(BLOCKING_SEND_TIMEOUT, sendTimeoutMillis);
        }
        scheduler.schedule(() -> closeIfSilent(session), Instant.now().plus(timeToConnect));
        connections.opened(session);
        super.afterConnectionEstablished(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
        connections.closed(session);
        super.afterConnectionClosed(session, status);
    }

    @Override
    public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
        session.getAttributes().put(SPOKE, Boolean.TRUE);
        super.handleMessage(session, message);
    }

    private static void closeIfSilent(WebSocketSession session) {
        if (session.isOpen() && !session.getAttributes().containsKey(SPOKE)) {
            try {
                session.close(CloseStatus.POLICY_VIOLATION.withReason("No STOMP CONNECT"));
            } catch (IOException e) {
                LOG.debug("Could not close silent socket {}", session.getId(), e);
            }
        }
    }
}
