package se.pollinator.security;

import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.people.Role;
import se.pollinator.retro.board.BoardStore;
import se.pollinator.rules.RuleViolation;

/**
 * Who may see a session: its participants, and admins and evaluators, who may read every
 * session. The REST API and the STOMP destinations ask the same question here.
 */
@Component
public class SessionAccess {

    private final BoardStore boards;

    public SessionAccess(BoardStore boards) {
        this.boards = boards;
    }

    public boolean mayView(Person person, String sessionId) {
        return person != null && sessionId != null && boards.exists(sessionId) && mayViewExisting(person, sessionId);
    }

    /** Throws a 404 for an unknown session and a 403 for one the person may not see. */
    public void requireView(Person person, String sessionId) {
        if (!boards.exists(sessionId)) {
            throw unknownSession(sessionId);
        }
        if (!mayViewExisting(person, sessionId)) {
            throw RuleViolation.forbidden("session.not-participant",
                    "You are not a participant of this session; join it first.");
        }
    }

    /** The answer for a session id nobody knows. */
    public static RuleViolation unknownSession(String sessionId) {
        return RuleViolation.notFound("session.unknown", "There is no session %s.", sessionId);
    }

    private boolean mayViewExisting(Person person, String sessionId) {
        return person.has(Role.ADMIN) || person.has(Role.EVALUATOR) || boards.isMember(sessionId, person.id());
    }
}
