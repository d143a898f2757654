package se.pollinator.people;

/**
 * A person may see less than before: taken off a module's or a municipality project's team, or no
 * longer its pilot. What they follow live is checked again, and what they may no longer follow ends.
 */
public record RightsNarrowed(String personId) {
}
