package se.pollinator.session;

/** One part of a session's board that an event changed, stored on its own: its kind and id. */
public interface SessionPart {

    Enum<?> kind();

    String id();
}
