package se.pollinator.session;

import java.util.List;

/**
 * What one event changed in a live session, said twice as typed messages: once for everybody
 * watching it (the shared message) and once more, with what only they may see, for the people
 * it concerns. Both are {@link SessionMessage}s with the same envelope, so a page merges them
 * the same way.
 */
public interface SessionChange {

    String sessionId();

    long seq();

    /** Goes to every subscriber of the session's topic. */
    SessionMessage shared();

    /** Messages for single people. */
    List<Personal> personal();

    /** A message for one person only. */
    record Personal(String personId, SessionMessage message) {
    }
}
