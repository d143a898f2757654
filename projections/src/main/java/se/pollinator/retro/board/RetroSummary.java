package se.pollinator.retro.board;

import se.pollinator.retro.Phase;

import java.time.Instant;

/** One line in a list of retros. */
public record RetroSummary(String id, String title, int module, Phase phase, String facilitatorId,
                           Instant createdAt, Instant updatedAt, int participants) {
}
