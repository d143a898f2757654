package se.pollinator.people;

/** A browser session ended by logging out: the live connections opened under it are closed at once. */
public record SignedOut(String httpSessionId) {
}
