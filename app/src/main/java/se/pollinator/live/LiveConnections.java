package se.pollinator.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import se.pollinator.people.AccessChanged;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open live connections by who holds them, so that a person's can be closed at once. */
@Component
class LiveConnections {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnections.class);

    private final Map<String, Set<WebSocketSession>> byUsername = new ConcurrentHashMap<>();

    void opened(WebSocketSession session) {
        Principal user = session.getPrincipal();
        if (user != null) {
            byUsername.computeIfAbsent(user.getName(), name -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    void closed(WebSocketSession session) {
        Principal user = session.getPrincipal();
        if (user != null) {
            byUsername.computeIfPresent(user.getName(), (name, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @EventListener
    public void accessChanged(AccessChanged change) {
        Set<WebSocketSession> sessions = byUsername.remove(change.username());
        if (sessions == null) {
            return;
        }
        for (WebSocketSession session : sessions) {
            try {
                session.close(CloseStatus.POLICY_VIOLATION.withReason("Access changed; log in again"));
            } catch (IOException e) {
                LOG.debug("Could not close live connection {}", session.getId(), e);
            }
        }
    }
}
