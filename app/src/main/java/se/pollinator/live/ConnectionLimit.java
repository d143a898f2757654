package se.pollinator.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Counts each person's live connections, so that one person cannot hold the server's sockets. */
@Component
class ConnectionLimit {

    private final int most;
    private final Map<String, Set<String>> connectionsByPerson = new ConcurrentHashMap<>();
    private final Map<String, String> personByConnection = new ConcurrentHashMap<>();

    ConnectionLimit(LiveProperties properties) {
        this.most = properties.maxConnectionsPerPerson();
    }

    /** Counts a new connection of the person's; false (and not counted) when they hold the most already. */
    boolean admit(String personId, String connectionId) {
        boolean[] admitted = {false};
        connectionsByPerson.compute(personId, (id, connections) -> {
            Set<String> held = connections == null ? ConcurrentHashMap.newKeySet() : connections;
            if (held.contains(connectionId) || held.size() < most) {
                held.add(connectionId);
                admitted[0] = true;
            }
            return held;
        });
        if (admitted[0]) {
            personByConnection.put(connectionId, personId);
        }
        return admitted[0];
    }

    @EventListener
    public void disconnected(SessionDisconnectEvent event) {
        String personId = personByConnection.remove(event.getSessionId());
        if (personId != null) {
            connectionsByPerson.computeIfPresent(personId, (id, held) -> {
                held.remove(event.getSessionId());
                return held.isEmpty() ? null : held;
            });
        }
    }
}
