package se.pollinator.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeAccess;
import se.pollinator.security.GuestFence;
import se.pollinator.session.SessionAccess;

import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every STOMP frame a client sends: only a logged-in person connects, subscribes to a
 * session they may see, or sends to one they take part in. A refused frame gets the client an ERROR frame.
 */
@Component
public class SessionGuard implements ChannelInterceptor {

    static final Pattern SESSION_TOPIC = Pattern.compile("^/topic/sessions/([A-Za-z0-9-]{1,64})(/presence)?$");
    static final Pattern PLAN_TOPIC = Pattern.compile("^/topic/plans/([A-Za-z0-9-]{1,80})$");
    static final Pattern NEEDS_TOPIC = Pattern.compile("^/topic/needs/([A-Za-z0-9-]{1,80})$");
    static final Pattern SESSION_SEND = Pattern.compile("^/app/sessions/([A-Za-z0-9-]{1,64})/[a-z]+$");

    /** The longest a client may go without a heart-beat and still count as alive. */
    static final long MOST_HEARTBEAT_MILLIS = 30_000;

    private final SessionAccess access;
    private final ProgrammeAccess programme;
    private final GuestFence.GuestSessions guests;
    private final ConnectionLimit connections;

    public SessionGuard(SessionAccess access, ProgrammeAccess programme, GuestFence.GuestSessions guests,
                        ConnectionLimit connections) {
        this.access = access;
        this.programme = programme;
        this.guests = guests;
        this.connections = connections;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        StompCommand command = stomp.getCommand();
        if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
            checkConnect(person(stomp.getUser()), stomp);
        } else if (command == StompCommand.SUBSCRIBE) {
            checkSubscribe(person(stomp.getUser()), stomp.getDestination());
        } else if (command == StompCommand.SEND) {
            checkSend(person(stomp.getUser()), stomp.getDestination());
        }
        return message;
    }

    /**
     * A client must send heart-beats, so that a dead connection is noticed and closed, and a
     * person holds a bounded number of connections.
     */
    private void checkConnect(Person person, StompHeaderAccessor stomp) {
        long[] heartbeat = stomp.getHeartbeat();
        if (heartbeat[0] <= 0 || heartbeat[0] > MOST_HEARTBEAT_MILLIS) {
            throw refused("Send heart-beats at least every " + MOST_HEARTBEAT_MILLIS / 1000
                    + " s (heart-beat: 10000,10000); a connection that cannot show it is alive is closed.");
        }
        if (!connections.admit(person.id(), stomp.getSessionId())) {
            throw refused("You have too many live connections open; close a tab or a device first.");
        }
    }

    private void checkSubscribe(Person person, String destination) {
        if (destination == null) {
            throw refused("A destination is required.");
        }
        if (!mayWatch(person, destination)) {
            throw refused("You may not subscribe to " + destination + ".");
        }
    }

    /** Whether the person may follow the destination now (asked on subscribing, and again when their rights change). */
    boolean mayWatch(Person person, String destination) {
        if (destination.startsWith("/user/queue/")) {
            return true;
        }
        if (person.isGuest()) {
            // A guest follows their own session, and only while their invitation holds.
            Matcher topic = SESSION_TOPIC.matcher(destination);
            return topic.matches() && guests.sessionOf(person.id()).map(topic.group(1)::equals).orElse(false);
        }
        Matcher plan = PLAN_TOPIC.matcher(destination);
        if (plan.matches()) {
            return programme.mayReadPlan(person, plan.group(1));
        }
        Matcher needs = NEEDS_TOPIC.matcher(destination);
        if (needs.matches()) {
            return programme.mayReadNeeds(person, needs.group(1));
        }
        Matcher topic = SESSION_TOPIC.matcher(destination);
        return topic.matches() && access.mayView(person, topic.group(1));
    }

    /** Sending (a typing hint) is acting on the session: participants only, never an evaluator. */
    private void checkSend(Person person, String destination) {
        Matcher send = destination == null ? null : SESSION_SEND.matcher(destination);
        if (send == null || !send.matches() || !access.mayTakePart(person, send.group(1))) {
            throw refused("You may not send to " + destination + ".");
        }
    }

    private static Person person(Principal user) {
        return SignedIn.of(user).map(SignedIn::person).orElseThrow(() -> refused("Log in first."));
    }

    private static MessageDeliveryException refused(String why) {
        return new MessageDeliveryException(why);
    }
}
