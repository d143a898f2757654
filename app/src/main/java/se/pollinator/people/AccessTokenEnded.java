package se.pollinator.people;

/** A personal access token was revoked or expired: the live connections opened with it are closed at once. */
public record AccessTokenEnded(String tokenId) {
}
