package se.pollinator.people;

import java.util.Set;

/** Someone who can log in. Events name people by {@link #id} only. */
public record Person(String id, String username, String displayName, String passwordHash, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for someone who may take part in sessions; an evaluator alone reads but never writes. */
    public boolean takesPart() {
        return has(Role.ADMIN) || has(Role.FACILITATOR) || has(Role.MEMBER);
    }
}
