package se.pollinator.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Lets Spring Security find people by username. */
@Service
public class PeopleDetailsService implements UserDetailsService {

    private final PeopleStore people;

    public PeopleDetailsService(PeopleStore people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.byUsername(username).map(SignedIn::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }
}
