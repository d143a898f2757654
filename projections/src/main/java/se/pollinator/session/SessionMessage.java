package se.pollinator.session;

import java.util.List;

/**
 * A live message of a session, typed, the same for every kind: the envelope
 * ({@code sessionId}, {@code kind}, {@code seq}, {@code type}: the event's name), the session's
 * header as it is now, and the items the event changed. A page applies any kind's messages with
 * one generic merge: the header over its own, each upserted item in place of the one with its id
 * in that collection (or added), each removed one taken out.
 */
public record SessionMessage(String sessionId, SessionKind kind, long seq, String type, Object header,
                             List<Upsert> upserts, List<Removal> removals) {

    /** An item, with an {@code id}, as it is now, in one of the board's collections. */
    public record Upsert(String collection, Object item) {
    }

    public record Removal(String collection, String id) {
    }
}
