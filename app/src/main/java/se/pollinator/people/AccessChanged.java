package se.pollinator.people;

/**
 * A person's access changed (disabled, new roles, new password): every session and live
 * connection they hold is ended at once, so the change takes effect everywhere.
 */
public record AccessChanged(String personId, String username) {
}
