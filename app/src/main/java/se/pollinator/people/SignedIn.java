package se.pollinator.people;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The logged-in person, as Spring Security holds them. The principal's name is the username. */
public class SignedIn extends User {

    private final Person person;

    public SignedIn(Person person) {
        super(person.username(), person.passwordHash(), authorities(person));
        this.person = person;
    }

    private static List<GrantedAuthority> authorities(Person person) {
        return person.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    public Person person() {
        return person;
    }

    public String personId() {
        return person.id();
    }
}
