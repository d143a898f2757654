package se.pollinator.session;

import java.time.Instant;

/**
 * One session in the directory of sessions, whatever its kind: what it is, where it belongs, when
 * it is, and where it stands ({@code state}: the kind's phase, such as REFLECT or CLOSED).
 * {@code municipality} is a municipality project's id, or null.
 */
public record SessionListing(String id, SessionKind kind, String title, Integer module, String municipality,
                             Instant scheduledAt, String state, boolean closed, String facilitatorId,
                             Instant createdAt, Instant updatedAt, int participants) {
}
