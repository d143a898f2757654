package se.pollinator.live;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;
import se.pollinator.people.RightsNarrowed;
import se.pollinator.people.SignedIn;

/**
 * A subscription is checked when it is made; when a person's rights narrow, their open ones are
 * checked again, and a connection that follows what they may no longer see is closed (its client
 * reconnects, and subscribing again to what it lost is refused).
 */
@Component
class RecheckSubscriptions {

    private final SimpUserRegistry users;
    private final SessionGuard guard;
    private final LiveConnections connections;

    RecheckSubscriptions(SimpUserRegistry users, SessionGuard guard, LiveConnections connections) {
        this.users = users;
        this.guard = guard;
        this.connections = connections;
    }

    @EventListener
    public void rightsNarrowed(RightsNarrowed narrowed) {
        for (WebSocketSession connection : connections.of(narrowed.personId())) {
            SignedIn.of(connection.getPrincipal()).ifPresent(signedIn -> {
                SimpUser user = users.getUser(connection.getPrincipal().getName());
                SimpSession session = user == null ? null : user.getSession(connection.getId());
                if (session == null) {
                    return;
                }
                session.getSubscriptions().stream().map(SimpSubscription::getDestination)
                        .filter(destination -> !guard.mayWatch(signedIn.person(), destination))
                        .findFirst()
                        .ifPresent(lost -> connections.close(connection, "You may no longer follow " + lost));
            });
        }
    }
}
