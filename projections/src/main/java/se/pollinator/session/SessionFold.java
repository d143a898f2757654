package se.pollinator.session;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;

/**
 * What the kernel's read side asks of a kind of session, in the spirit of a decider's evolve: fold
 * one event into a board and say which parts it changed; a part's stored value and how to put it
 * back; the header the directory lists; and what the change says to the board's watchers. The
 * kernel ({@link KindBoardStore}) does the rest once for every kind: batching, read-ahead,
 * savepoints, the cache of hot boards, writing only the changed parts (as JSON, with the
 * application's one {@code ObjectMapper}), the push after commit.
 *
 * <p>A fold holds no state of its own and reads no clock or database: the same fold serves the
 * read model and the board as of any point in history.
 *
 * @param <E> the kind's events
 * @param <B> the kind's board, mutable, folded in place
 */
public interface SessionFold<E, B> {

    SessionKind kind();

    /** The type every event of the kind has. */
    Class<E> eventType();

    String sessionIdOf(E event);

    /** A board that has seen no event yet. */
    B newBoard();

    /** The sequence number of the last event folded in; -1 for a new board. */
    long seq(B board);

    /**
     * Folds one event, later than {@link #seq}, into the board, and answers the parts it changed
     * (a part it removed among them), in order: a new part is placed in that order.
     */
    List<? extends SessionPart> apply(B board, E event, long seq, Instant at);

    /** What the directory knows of the session, as the board now is. */
    SessionHeader header(B board);

    /** The board's own header (everything but its parts), as the kernel stores it. */
    Object storedHeader(B board);

    /** The type of {@link #storedHeader}, for reading it back. */
    Class<?> storedHeaderType();

    /** A board holding only its stored header, before its parts are put back. */
    B fromStoredHeader(Object header);

    /** A part's value as the kernel stores it, or null when the board no longer has it. */
    Object storedPart(B board, SessionPart part);

    /** The type a stored part of this kind is read back as. */
    Type storedPartType(String partKind);

    /** Puts a stored part back into a board being loaded, in the order the parts first appeared. */
    void restorePart(B board, String partKind, String partId, Object value);

    /** What the event, already folded into the board, says to the board's watchers; null for nothing. */
    SessionChange change(B board, E event, long seq, List<? extends SessionPart> changed);

    /** Who the event made a member of the session. */
    default List<String> joined(E event) {
        return List.of();
    }

    /** What the event did to the session's invitation links for guests; null for nothing. */
    default GuestLinkChange guestLinks(E event) {
        return null;
    }

    /** Who the event invited to the session. */
    default List<String> invited(E event) {
        return List.of();
    }
}
