package se.pollinator.session;

import java.time.Instant;

/** What the directory lists of a session, whatever its kind: the kernel stores it beside the kind's own header. */
public record SessionHeader(String title, Integer module, String municipality, Instant scheduledAt, String state,
                            boolean closed, String facilitatorId) {
}
