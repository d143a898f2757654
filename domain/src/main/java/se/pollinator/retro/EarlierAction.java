package se.pollinator.retro;

import java.time.LocalDate;

/** An open action item from an earlier retro of the same module, as listed when a retro opens. */
public record EarlierAction(String actionId, String fromRetroId, String text, String ownerId, LocalDate dueDate) {
}
