package se.pollinator.session;

import org.axonframework.eventhandling.DomainEventMessage;
import se.pollinator.people.Person;

import java.util.List;
import java.util.Optional;

/**
 * How the kernel reads one kind's boards: the live one from the kind's read model, and one of the
 * past by the kind's own fold over the session's events up to a point. What a viewer may see is
 * the kind's business; whether they may see the session at all is checked before.
 */
public interface SessionBoardReader {

    SessionKind kind();

    /** The live board as the viewer may see it; empty when no session of this kind has the id. */
    Optional<Object> live(String sessionId, Person viewer);

    /**
     * The board after {@code events} (the session's, from its first, in order), as the viewer may
     * see it; empty when none of them is of this kind.
     */
    Optional<Object> history(String sessionId, List<DomainEventMessage<?>> events, Person viewer);
}
