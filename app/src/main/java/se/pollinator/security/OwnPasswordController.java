package se.pollinator.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PasswordChanged;
import se.pollinator.people.PasswordPolicy;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;

/**
 * A person changes their own password: the current one is checked as a login's is (throttled and
 * counted), and every other browser session and live connection of theirs ends.
 */
@RestController
public class OwnPasswordController {

    private final PeopleStore people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    public OwnPasswordController(PeopleStore people, PasswordEncoder encoder, PasswordPolicy passwords,
                                 LoginThrottle throttle, ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Operation(summary = "Change my own password; my other sessions and live connections end")
    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeOwn(@RequestBody PasswordChange request, @AuthenticationPrincipal SignedIn me,
                          HttpServletRequest http) {
        Person person = people.byId(me.personId()).orElseThrow(() -> RuleViolation.notFound("person.not-found",
                "There is no person %s.", me.personId()));
        String current = request.currentPassword();
        if (current == null || !throttle.checkPassword(person.username(), http.getRemoteAddr(),
                () -> encoder.matches(current, person.passwordHash()))) {
            throw RuleViolation.forbidden("password.current-wrong", "The current password is wrong.");
        }
        passwords.check(person.username(), person.displayName(), request.newPassword());
        people.changePassword(person.id(), encoder.encode(request.newPassword()));
        HttpSession session = http.getSession(false);
        events.publishEvent(new PasswordChanged(person.username(), session == null ? null : session.getId()));
    }
}
