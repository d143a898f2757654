package se.pollinator.retro.board;

import se.pollinator.retro.Phase;

import java.time.Instant;

/** One line in a list of retros. {@code municipality} is the project's key, or null. */
public record RetroSummary(String id, String title, int module, String municipality, Instant scheduledAt,
                           Phase phase, String facilitatorId, Instant createdAt, Instant updatedAt,
                           int participants) {
}
