package se.pollinator.people;

/**
 * A person changed their own password: every other browser session and live connection of theirs
 * ends, so whoever knew the old one is out; the browser session they changed it in stays
 * ({@code keptHttpSessionId}, null when they changed it without one).
 */
public record PasswordChanged(String username, String keptHttpSessionId) {
}
