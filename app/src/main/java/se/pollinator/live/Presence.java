package se.pollinator.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import se.pollinator.people.SignedIn;
import se.pollinator.session.Topics;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Who has a session open: everyone subscribed to its topic, as Spring's user registry knows them
 * (one node's today; with a registry broadcast, every node's). What changed is pushed to
 * {@code /topic/sessions/{id}/presence} as a small numbered change, who came and who left, at most
 * a few times a second per session, so that a crowd arriving costs a message per moment, not the
 * whole list to everyone for each arrival; the whole list, with the number it is at, is asked for
 * with {@code GET /api/sessions/{id}/presence} (on connecting, and on a gap). A change is noted
 * once the broker has the subscription, so whoever is announced as present also gets every change
 * from then on. The registry learns of a change on another thread than the broker's, so a change
 * counts the subscription that caused it in (or out) itself.
 */
@Component
public class Presence implements ExecutorChannelInterceptor {

    /** One person in a session. */
    public record Present(String id, String displayName) {
    }

    /** Everyone in a session, as of change {@code seq} of its presence. */
    public record Snapshot(String sessionId, long seq, int count, List<Present> present) {
    }

    /** A session's presence: what was announced (numbered), and who is there now. */
    private static final class Watched {
        long seq;
        Map<String, Present> announced = new LinkedHashMap<>();
        List<Present> latest = List.of();
        boolean dirty;
    }

    private final ObjectProvider<SimpUserRegistry> users;
    private final ObjectProvider<SimpMessagingTemplate> messaging;
    /** Unsubscriptions on their way to the broker: "connection subscription" to the session it watched. */
    private final Map<String, String> leaving = new ConcurrentHashMap<>();
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();

    public Presence(ObjectProvider<SimpUserRegistry> users, ObjectProvider<SimpMessagingTemplate> messaging) {
        this.users = users;
        this.messaging = messaging;
    }

    /** Who has the session open, as last announced, with the number of that change. */
    public Snapshot on(String sessionId) {
        Watched state = watched.get(sessionId);
        if (state != null) {
            synchronized (state) {
                List<Present> present = sorted(state.announced.values());
                return new Snapshot(sessionId, state.seq, present.size(), present);
            }
        }
        List<Present> present = on(sessionId, subscription -> true, null);
        return new Snapshot(sessionId, 0, present.size(), present);
    }

    /**
     * The people subscribed to the session, among the subscriptions {@code counted}, with
     * {@code joining} (whose subscription the registry may not have yet).
     */
    private List<Present> on(String sessionId, Predicate<SimpSubscription> counted, Present joining) {
        String topic = Topics.board(sessionId);
        Map<String, Present> people = new LinkedHashMap<>();
        users.getObject().findSubscriptions(subscription -> topic.equals(subscription.getDestination())
                        && counted.test(subscription)).stream()
                .map(subscription -> SignedIn.of(subscription.getSession().getUser().getPrincipal()))
                .flatMap(Optional::stream)
                .forEach(me -> people.putIfAbsent(me.personId(), new Present(me.personId(), me.person().displayName())));
        if (joining != null) {
            people.putIfAbsent(joining.id(), joining);
        }
        return sorted(people.values());
    }

    private static List<Present> sorted(java.util.Collection<Present> people) {
        return people.stream().sorted(Comparator.comparing(Present::displayName)).toList();
    }

    /** Notes, before the registry forgets it, which session an unsubscription leaves. */
    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp != null && stomp.getCommand() == StompCommand.UNSUBSCRIBE) {
            users.getObject().findSubscriptions(subscription -> subscription.getId().equals(stomp.getSubscriptionId())
                            && subscription.getSession().getId().equals(stomp.getSessionId())).stream()
                    .map(subscription -> sessionOf(subscription.getDestination())).filter(Objects::nonNull)
                    .findFirst().ifPresent(session -> leaving.put(key(stomp.getSessionId(), stomp.getSubscriptionId()),
                            session));
        }
        return message;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception failure) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || !(handler instanceof AbstractBrokerMessageHandler)) {
            return;
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE && failure == null) {
            subscribed(stomp);
        } else if (stomp.getCommand() == StompCommand.UNSUBSCRIBE) {
            String session = leaving.remove(key(stomp.getSessionId(), stomp.getSubscriptionId()));
            if (session != null) {
                announce(session, on(session, subscription -> !(subscription.getId().equals(stomp.getSubscriptionId())
                        && subscription.getSession().getId().equals(stomp.getSessionId())), null));
            }
        }
    }

    private void subscribed(StompHeaderAccessor stomp) {
        String session = sessionOf(stomp.getDestination());
        Optional<SignedIn> signedIn = SignedIn.of(stomp.getUser());
        if (session == null || signedIn.isEmpty()) {
            return;
        }
        SignedIn me = signedIn.get();
        announce(session, on(session, subscription -> true, new Present(me.personId(), me.person().displayName())));
    }

    /** Runs before the registry forgets the connection, and leaves it out of what it announces. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void disconnected(SessionDisconnectEvent event) {
        String connection = event.getSessionId();
        Set<String> sessions = users.getObject().findSubscriptions(subscription ->
                        subscription.getSession().getId().equals(connection)).stream()
                .map(subscription -> sessionOf(subscription.getDestination())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        sessions.forEach(session -> announce(session, on(session,
                subscription -> !subscription.getSession().getId().equals(connection), null)));
    }

    /** The session whose board topic this is; null for any other destination (its presence topic too). */
    private static String sessionOf(String destination) {
        Matcher topic = destination == null ? null : SessionGuard.SESSION_TOPIC.matcher(destination);
        return topic != null && topic.matches() && topic.group(2) == null ? topic.group(1) : null;
    }

    private static String key(String connection, String subscription) {
        return connection + " " + subscription;
    }

    /** Notes who is in the session now; the change goes out with the next flush. */
    private void announce(String sessionId, List<Present> present) {
        Watched state = watched.computeIfAbsent(sessionId, id -> new Watched());
        synchronized (state) {
            state.latest = present;
            state.dirty = true;
        }
    }

    /**
     * Sends each session's change since its last one, if any: who came, who left, how many are
     * there. A session no one watches any more is forgotten once that is said.
     */
    @Scheduled(fixedDelayString = "${pollinator.live.presence-every:PT0.25S}")
    public void flush() {
        watched.forEach((sessionId, state) -> {
            Map<String, Object> message = null;
            synchronized (state) {
                if (!state.dirty) {
                    if (state.announced.isEmpty()) {
                        watched.remove(sessionId, state);
                    }
                    return;
                }
                state.dirty = false;
                Map<String, Present> now = new LinkedHashMap<>();
                state.latest.forEach(person -> now.put(person.id(), person));
                List<Present> came = now.values().stream().filter(person -> !state.announced.containsKey(person.id()))
                        .toList();
                List<String> left = state.announced.keySet().stream().filter(id -> !now.containsKey(id)).toList();
                if (!came.isEmpty() || !left.isEmpty()) {
                    state.seq++;
                    state.announced = now;
                    message = new LinkedHashMap<>();
                    message.put("sessionId", sessionId);
                    message.put("type", "PresenceChanged");
                    message.put("seq", state.seq);
                    message.put("count", now.size());
                    message.put("came", came);
                    message.put("left", left);
                }
            }
            if (message != null) {
                messaging.getObject().convertAndSend(Topics.presence(sessionId), message);
            }
        });
    }
}
