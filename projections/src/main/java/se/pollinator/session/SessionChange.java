package se.pollinator.session;

import java.util.List;

/**
 * What one event changed in a live session, said twice: once for everybody watching it (the
 * shared message, whose envelope carries {@code sessionId}, {@code kind}, {@code seq} and
 * {@code type}) and once more, with what only they may see, for the people it concerns.
 */
public interface SessionChange {

    String sessionId();

    long seq();

    /** Goes to every subscriber of the session's topic. */
    Object shared();

    /** Messages for single people. */
    List<Personal> personal();

    /** A message for one person only. */
    record Personal(String personId, Object message) {
    }
}
