package se.pollinator.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import se.pollinator.people.SignedIn;
import se.pollinator.session.Topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Who has a board open: everyone subscribed to its topic on this node. A subscription counts
 * once the broker has registered it, so whoever is announced as present also gets every change
 * from then on. Each change of presence is pushed to {@code /topic/sessions/{id}/presence}.
 */
@Component
public class Presence implements ExecutorChannelInterceptor {

    /** One person on a board. */
    public record Present(String id, String displayName) {
    }

    private record Watch(String sessionId, Present person) {
    }

    /** STOMP connection id, then subscription id, to what that subscription watches. */
    private final Map<String, Map<String, Watch>> watches = new ConcurrentHashMap<>();
    private final ObjectProvider<SimpMessagingTemplate> messaging;

    public Presence(ObjectProvider<SimpMessagingTemplate> messaging) {
        this.messaging = messaging;
    }

    public List<Present> on(String sessionId) {
        Map<String, Present> people = new LinkedHashMap<>();
        watches.values().forEach(subscriptions -> subscriptions.values().stream()
                .filter(watch -> watch.sessionId().equals(sessionId))
                .forEach(watch -> people.putIfAbsent(watch.person().id(), watch.person())));
        return new ArrayList<>(people.values());
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception failure) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (failure != null || !(handler instanceof AbstractBrokerMessageHandler) || stomp == null) {
            return;
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            subscribed(stomp);
        } else if (stomp.getCommand() == StompCommand.UNSUBSCRIBE) {
            unsubscribed(stomp);
        }
    }

    private void subscribed(StompHeaderAccessor stomp) {
        String destination = stomp.getDestination();
        Matcher topic = destination == null ? null : SessionGuard.SESSION_TOPIC.matcher(destination);
        Optional<SignedIn> signedIn = SignedIn.of(stomp.getUser());
        if (topic == null || !topic.matches() || topic.group(2) != null || signedIn.isEmpty()) {
            return;
        }
        SignedIn me = signedIn.get();
        watches.computeIfAbsent(stomp.getSessionId(), key -> new ConcurrentHashMap<>())
                .put(stomp.getSubscriptionId(), new Watch(topic.group(1),
                        new Present(me.personId(), me.person().displayName())));
        announce(topic.group(1));
    }

    private void unsubscribed(StompHeaderAccessor stomp) {
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
            gone.values().stream().map(Watch::sessionId).distinct().forEach(this::announce);
        }
    }

    private void announce(String sessionId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("sessionId", sessionId);
        message.put("type", "Presence");
        message.put("present", on(sessionId));
        messaging.getObject().convertAndSend(Topics.presence(sessionId), message);
    }
}
