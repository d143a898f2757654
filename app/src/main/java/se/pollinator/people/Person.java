package se.pollinator.people;

import java.util.Set;

/** Someone who can log in. Events name people by {@link #id} only. */
public record Person(String id, String username, String displayName, String passwordHash, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
