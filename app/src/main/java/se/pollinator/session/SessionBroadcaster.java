package se.pollinator.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;

/**
 * Pushes each committed change of any kind of session: the shared message to the session's
 * topic, and what only one person may see to that person's own queue.
 */
@Component
public class SessionBroadcaster implements SessionChangeListener {

    public static final String PERSONAL_QUEUE = "/queue/sessions";
    private static final Logger LOG = LoggerFactory.getLogger(SessionBroadcaster.class);

    private final SimpMessagingTemplate messaging;
    private final PeopleStore people;

    public SessionBroadcaster(SimpMessagingTemplate messaging, PeopleStore people) {
        this.messaging = messaging;
        this.people = people;
    }

    /**
     * Runs after the read model committed; a failure here must not undo that, so it is logged.
     * Clients that missed a message see the gap in {@code seq} and refetch the session.
     */
    @Override
    public void sessionChanged(SessionChange change) {
        try {
            messaging.convertAndSend(Topics.board(change.sessionId()), change.shared());
            change.personal().forEach(personal -> people.byId(personal.personId()).ifPresent(person ->
                    messaging.convertAndSendToUser(person.username(), PERSONAL_QUEUE, personal.message())));
        } catch (RuntimeException e) {
            LOG.warn("Could not push change {} of session {}", change.seq(), change.sessionId(), e);
        }
    }
}
