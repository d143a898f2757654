package se.pollinator.people;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * People: admins add, list, edit, reset and disable them; everyone may ask who they are and
 * change their own password (see the security package's OwnPasswordController). A change of someone's access ends their sessions at once.
 */
@RestController
public class PeopleController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    private final PeopleStore people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final ApplicationEventPublisher events;

    public PeopleController(PeopleStore people, PasswordEncoder encoder, PasswordPolicy passwords,
                            ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.passwords = passwords;
        this.events = events;
    }

    /** What a new person is made of. */
    public record NewPerson(String username, String displayName, String password, Set<Role> roles) {
    }

    /** What an admin may change of a person; absent fields stay as they are. */
    public record PersonChange(String displayName, Set<Role> roles) {
    }

    public record NewPassword(String password) {
    }

    public record Disabling(Boolean disabled) {
    }

    /** A person as others may see them: never the password hash. */
    public record PersonView(String id, String username, String displayName, Set<Role> roles, boolean disabled) {
        static PersonView of(Person person) {
            return new PersonView(person.id(), person.username(), person.displayName(), person.roles(),
                    person.disabled());
        }
    }

    @Operation(summary = "Add a person (admins only)")
    @PostMapping("/api/people")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> add(@RequestBody NewPerson request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw RuleViolation.invalid("person.username", "A username of 2-100 letters, digits or . _ @ - is required.");
        }
        String displayName = Text.required("display-name", request.displayName(), 200);
        Set<Role> roles = roles(request.roles());
        passwords.check(request.username(), displayName, request.password());
        String id = UUID.randomUUID().toString();
        people.add(new Person(id, request.username(), displayName, encoder.encode(request.password()), roles));
        return Map.of("id", id);
    }

    @Operation(summary = "Change a person's name or roles (admins only); their sessions end")
    @PutMapping("/api/people/{id}")
    public PersonView change(@PathVariable String id, @RequestBody PersonChange request) {
        Person person = existing(id);
        String displayName = request.displayName() == null ? person.displayName()
                : Text.required("display-name", request.displayName(), 200);
        Set<Role> roles = request.roles() == null ? person.roles() : roles(request.roles());
        people.update(id, displayName, roles);
        accessChanged(person);
        return PersonView.of(existing(id));
    }

    @Operation(summary = "Set a new password for a person (admins only); their sessions end")
    @PutMapping("/api/people/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reset(@PathVariable String id, @RequestBody NewPassword request) {
        Person person = existing(id);
        passwords.check(person.username(), person.displayName(), request.password());
        people.changePassword(id, encoder.encode(request.password()));
        accessChanged(person);
    }

    @Operation(summary = "Disable or enable an account (admins only); disabling ends its sessions at once")
    @PutMapping("/api/people/{id}/disabled")
    public PersonView disable(@PathVariable String id, @RequestBody Disabling request,
                              @AuthenticationPrincipal SignedIn me) {
        Person person = existing(id);
        if (request.disabled() == null) {
            throw RuleViolation.invalid("person.disabled-required", "Say whether the account is disabled: "
                    + "{\"disabled\": true}.");
        }
        if (request.disabled() && id.equals(me.personId())) {
            throw RuleViolation.conflict("person.self-disable", "You cannot disable your own account.");
        }
        people.setDisabled(id, request.disabled());
        accessChanged(person);
        return PersonView.of(existing(id));
    }

    private Person existing(String id) {
        return people.byId(id).orElseThrow(() -> RuleViolation.notFound("person.not-found", "There is no person %s.",
                id));
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw RuleViolation.invalid("person.roles",
                    "At least one role is required: ADMIN, FACILITATOR, MEMBER or EVALUATOR.");
        }
        if (roles.contains(Role.GUEST)) {
            throw RuleViolation.invalid("person.guest-role",
                    "GUEST is no role a person is given: guests come through a café's invitation link.");
        }
        return EnumSet.copyOf(roles);
    }

    private void accessChanged(Person person) {
        events.publishEvent(new AccessChanged(person.id(), person.username()));
    }

    @Operation(summary = "List everybody (admins only)")
    @GetMapping("/api/people")
    public List<PersonView> all() {
        return people.all().stream().map(PersonView::of).toList();
    }

    /** A person as a facilitator needs them to add them to a session: no username, no roles. */
    public record Listed(String id, String displayName) {
    }

    @Operation(summary = "Everybody who may take part in sessions, by name (facilitators and admins)")
    @GetMapping("/api/directory")
    public List<Listed> directory() {
        return people.all().stream().filter(Person::takesPart)
                .map(person -> new Listed(person.id(), person.displayName())).toList();
    }

    @Operation(summary = "Who am I")
    @GetMapping("/api/me")
    @se.pollinator.session.ForGuests
    public PersonView me(@AuthenticationPrincipal SignedIn me) {
        return PersonView.of(me.person());
    }
}
