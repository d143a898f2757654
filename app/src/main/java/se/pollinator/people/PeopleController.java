package se.pollinator.people;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
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

/** People: admins add and list them; everyone may ask who they are. */
@RestController
public class PeopleController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final int MIN_PASSWORD = 8;

    private final PeopleStore people;
    private final PasswordEncoder encoder;

    public PeopleController(PeopleStore people, PasswordEncoder encoder) {
        this.people = people;
        this.encoder = encoder;
    }

    /** What a new person is made of. */
    public record NewPerson(String username, String displayName, String password, Set<Role> roles) {
    }

    /** A person as others may see them: never the password hash. */
    public record PersonView(String id, String username, String displayName, Set<Role> roles) {
        static PersonView of(Person person) {
            return new PersonView(person.id(), person.username(), person.displayName(), person.roles());
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
        if (request.password() == null || request.password().length() < MIN_PASSWORD) {
            throw RuleViolation.invalid("person.password", "The password must be at least %s characters long.",
                    MIN_PASSWORD);
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw RuleViolation.invalid("person.roles",
                    "At least one role is required: ADMIN, FACILITATOR, MEMBER or EVALUATOR.");
        }
        String id = UUID.randomUUID().toString();
        people.add(new Person(id, request.username(), displayName, encoder.encode(request.password()),
                EnumSet.copyOf(request.roles())));
        return Map.of("id", id);
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
    public PersonView me(@AuthenticationPrincipal SignedIn me) {
        return PersonView.of(me.person());
    }
}
