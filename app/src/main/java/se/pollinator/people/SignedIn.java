package se.pollinator.people;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The logged-in person, as Spring Security holds them (and the session stores them). The
 * principal's name is the username. Once the login is checked, the password hash is dropped.
 */
public class SignedIn extends User {

    private Person person;

    public SignedIn(Person person) {
        super(person.username(), person.passwordHash() == null ? "" : person.passwordHash(), !person.disabled(),
                true, true, true, authorities(person));
        this.person = person;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        person = person.withoutSecret();
    }

    private static List<GrantedAuthority> authorities(Person person) {
        return person.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    /** The signed-in person behind a principal, such as a STOMP session's user; empty for anyone else. */
    public static Optional<SignedIn> of(Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedIn me ? Optional.of(me) : Optional.empty();
    }

    public Person person() {
        return person;
    }

    public String personId() {
        return person.id();
    }
}
