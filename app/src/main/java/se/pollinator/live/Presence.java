package se.pollinator.live;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;
import se.pollinator.people.SignedIn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Who has a board open: everyone subscribed to its topic on this node. Each change is pushed to
 * {@code /topic/sessions/{id}/presence}.
 */
@Component
public class Presence {

    /** One person on a board. */
    public record Present(String id, String displayName) {
    }

    private record Watch(String sessionId, Present person) {
    }

    /** STOMP connection id, then subscription id, to what that subscription watches. */
    private final Map<String, Map<String, Watch>> watches = new ConcurrentHashMap<>();
    private final SimpMessagingTemplate messaging;

    public Presence(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    public List<Present> on(String sessionId) {
        Map<String, Present> people = new LinkedHashMap<>();
        watches.values().forEach(subscriptions -> subscriptions.values().stream()
                .filter(watch -> watch.sessionId().equals(sessionId))
                .forEach(watch -> people.putIfAbsent(watch.person().id(), watch.person())));
        return new ArrayList<>(people.values());
    }

    @EventListener
    public void subscribed(SessionSubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        String destination = stomp.getDestination();
        Matcher topic = destination == null ? null : SessionGuard.SESSION_TOPIC.matcher(destination);
        if (topic == null || !topic.matches() || topic.group(2) != null
                || !(event.getUser() instanceof Authentication auth) || !(auth.getPrincipal() instanceof SignedIn me)) {
            return;
        }
        watches.computeIfAbsent(stomp.getSessionId(), key -> new ConcurrentHashMap<>())
                .put(stomp.getSubscriptionId(), new Watch(topic.group(1),
                        new Present(me.personId(), me.person().displayName())));
        announce(topic.group(1));
    }

    @EventListener
    public void unsubscribed(SessionUnsubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        Map<String, Watch> subscriptions = watches.get(stomp.getSessionId());
        Watch gone = subscriptions == null ? null : subscriptions.remove(stomp.getSubscriptionId());
        if (gone != null) {
            announce(gone.sessionId());
        }
    }

    @EventListener
    public void disconnected(SessionDisconnectEvent event) {
        Map<String, Watch> gone = watches.remove(event.getSessionId());
        if (gone != null) {
            gone.values().stream().map(Watch::sessionId).filter(Objects::nonNull).distinct().forEach(this::announce);
        }
    }

    private void announce(String sessionId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("sessionId", sessionId);
        message.put("type", "Presence");
        message.put("present", on(sessionId));
        messaging.convertAndSend("/topic/sessions/" + sessionId + "/presence", message);
    }
}
