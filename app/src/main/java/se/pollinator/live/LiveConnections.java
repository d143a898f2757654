package se.pollinator.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import se.pollinator.people.AccessChanged;
import se.pollinator.people.AccessTokenEnded;
import se.pollinator.people.PasswordChanged;
import se.pollinator.people.SignedIn;
import se.pollinator.security.GuestFence;
import se.pollinator.people.SignedOut;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open live connections by who holds them and by the browser session or access token they were
 * opened with, so that a person's can be closed at once, and so that none outlives its browser
 * session (logged out, or expired after being idle) or its token (revoked or expired).
 */
@Component
class LiveConnections {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnections.class);

    private final Map<String, Set<WebSocketSession>> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Set<WebSocketSession>> byHttpSession = new ConcurrentHashMap<>();
    private final Map<String, Set<WebSocketSession>> byAccessToken = new ConcurrentHashMap<>();
    private final FindByIndexNameSessionRepository<? extends Session> httpSessions;
    private final GuestFence.GuestSessions guests;

    LiveConnections(FindByIndexNameSessionRepository<? extends Session> httpSessions, GuestFence.GuestSessions guests) {
        this.httpSessions = httpSessions;
        this.guests = guests;
    }

    void opened(WebSocketSession session) {
        Principal user = session.getPrincipal();
        if (user != null) {
            byUsername.computeIfAbsent(user.getName(), name -> ConcurrentHashMap.newKeySet()).add(session);
        }
        String httpSession = httpSessionOf(session);
        if (httpSession != null) {
            byHttpSession.computeIfAbsent(httpSession, id -> ConcurrentHashMap.newKeySet()).add(session);
        }
        String token = accessTokenOf(session);
        if (token != null) {
            byAccessToken.computeIfAbsent(token, id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    void closed(WebSocketSession session) {
        Principal user = session.getPrincipal();
        if (user != null) {
            forget(byUsername, user.getName(), session);
        }
        String httpSession = httpSessionOf(session);
        if (httpSession != null) {
            forget(byHttpSession, httpSession, session);
        }
        String token = accessTokenOf(session);
        if (token != null) {
            forget(byAccessToken, token, session);
        }
    }

    @EventListener
    public void accessChanged(AccessChanged change) {
        close(byUsername.remove(change.username()), "Access changed; log in again");
    }

    @EventListener
    public void signedOut(SignedOut out) {
        close(byHttpSession.remove(out.httpSessionId()), "Logged out");
    }

    /** The open connections of a person, by their id. */
    Set<WebSocketSession> of(String personId) {
        Set<WebSocketSession> theirs = new java.util.HashSet<>();
        byUsername.values().forEach(sessions -> sessions.stream()
                .filter(session -> personIdOf(session).map(personId::equals).orElse(false)).forEach(theirs::add));
        return theirs;
    }

    /** Closes one connection, saying why; the client reconnects and subscribes to what it still may. */
    void close(WebSocketSession session, String reason) {
        close(Set.of(session), reason);
    }

    private static java.util.Optional<String> personIdOf(WebSocketSession session) {
        return SignedIn.of(session.getPrincipal()).map(SignedIn::personId);
    }

    @EventListener
    public void accessTokenEnded(AccessTokenEnded ended) {
        close(byAccessToken.remove(ended.tokenId()), "Access token revoked or expired");
    }

    /** Whoever knew the old password is out: every connection but those of the session it was changed in. */
    @EventListener
    public void passwordChanged(PasswordChanged change) {
        Set<WebSocketSession> theirs = byUsername.get(change.username());
        if (theirs == null) {
            return;
        }
        Set<WebSocketSession> others = new java.util.HashSet<>(theirs);
        others.removeIf(session -> change.keptHttpSessionId() != null
                && change.keptHttpSessionId().equals(httpSessionOf(session)));
        close(others, "Password changed; log in again");
    }

    /**
     * Spring Session's JDBC store announces no expiry: look for browser sessions that are gone, and
     * for guests whose invitation expired or whose café closed (after its last push has gone out).
     */
    @Scheduled(fixedDelayString = "${pollinator.live.session-check:PT1M}", initialDelayString = "PT1M")
    public void closeWhereTheBrowserSessionEnded() {
        for (String id : Set.copyOf(byHttpSession.keySet())) {
            if (httpSessions.findById(id) == null) {
                close(byHttpSession.remove(id), "Your session ended; log in again");
            }
        }
        // A username is one person: whether a guest's access ended is asked once for all their connections.
        byUsername.forEach((username, sessions) -> sessions.stream().findAny()
                .flatMap(session -> SignedIn.of(session.getPrincipal()))
                .filter(guest -> guest.person().isGuest() && guests.sessionOf(guest.personId()).isEmpty())
                .ifPresent(guest -> close(Set.copyOf(sessions), "Your access to this session has ended")));
    }

    private static String accessTokenOf(WebSocketSession session) {
        return session.getAttributes().get(WebSocketConfig.ACCESS_TOKEN_ID) instanceof String id ? id : null;
    }

    private static String httpSessionOf(WebSocketSession session) {
        Object id = session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        return id instanceof String value ? value : null;
    }

    private static void forget(Map<String, Set<WebSocketSession>> index, String key, WebSocketSession session) {
        index.computeIfPresent(key, (name, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    private static void close(Set<WebSocketSession> sessions, String reason) {
        if (sessions == null) {
            return;
        }
        for (WebSocketSession session : sessions) {
            try {
                session.close(CloseStatus.POLICY_VIOLATION.withReason(reason));
            } catch (IOException e) {
                LOG.debug("Could not close live connection {}", session.getId(), e);
            }
        }
    }
}
