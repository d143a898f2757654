package se.pollinator.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets Spring Security find people by username (in any case), and store a stronger hash of a
 * password that was hashed the old way when its owner next logs in.
 */
@Service
public class PeopleDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final PeopleStore people;

    public PeopleDetailsService(PeopleStore people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.byUsername(username).map(SignedIn::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        Person person = ((SignedIn) user).person();
        people.changePassword(person.id(), newPasswordHash);
        return people.byId(person.id()).map(SignedIn::new).orElseThrow();
    }
}
