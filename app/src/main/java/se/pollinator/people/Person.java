package se.pollinator.people;

import java.io.Serializable;
import java.util.Set;

/**
 * Someone who can log in (unless {@code disabled}). Events name people by {@link #id} only. The
 * password hash is absent ({@code null}) in a person held by a signed-in session.
 */
public record Person(String id, String username, String displayName, String passwordHash, Set<Role> roles,
                     boolean disabled) implements Serializable {

    public Person(String id, String username, String displayName, String passwordHash, Set<Role> roles) {
        this(id, username, displayName, passwordHash, roles, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for someone who may take part in sessions; an evaluator alone reads but never writes. */
    public boolean takesPart() {
        return has(Role.ADMIN) || has(Role.FACILITATOR) || has(Role.MEMBER);
    }

    /** True for a café's guest, who has no account and sees that café only. */
    public boolean isGuest() {
        return has(Role.GUEST);
    }

    /** The same person without the password hash, as a session keeps them. */
    public Person withoutSecret() {
        return new Person(id, username, displayName, null, roles, disabled);
    }
}
