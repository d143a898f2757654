package se.pollinator.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.people.Role;
import se.pollinator.people.SignedIn;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The directory of sessions, of every kind, that a person can see. */
@RestController
@Tag(name = "Sessions")
public class SessionDirectoryController {

    private final List<SessionRoster> rosters;
    private final PeopleStore people;
    private final SessionAccess access;

    public SessionDirectoryController(List<SessionRoster> rosters, PeopleStore people, SessionAccess access) {
        this.rosters = rosters;
        this.people = people;
        this.access = access;
    }

    /** One line of the directory, with its facilitator's name. */
    public record Listed(String id, SessionKind kind, String title, Integer module, String municipality,
                         Instant scheduledAt, String state, boolean closed, String facilitatorId,
                         String facilitatorName, Instant createdAt, Instant updatedAt, int participants) {
    }

    /** A kind of session as the pages name it; {@code slug} names its scripts' folder ({@code js/retro/}). */
    public record Kind(SessionKind kind, String slug, Map<String, String> label) {
    }

    @Operation(summary = "The kinds of session, each with its name in Swedish and English")
    @GetMapping("/api/session-kinds")
    @ForGuests
    public List<Kind> kinds() {
        return java.util.Arrays.stream(SessionKind.values())
                .map(kind -> new Kind(kind, kind.slug(), Map.of("sv", kind.label(true), "en", kind.label(false))))
                .toList();
    }

    @Operation(summary = "Every session I can see, of every kind, newest first",
            description = "Participants see the sessions they take part in; admins and evaluators see all. "
                    + "kind=RETRO|THINK_TANK|CAFE narrows it to one kind.")
    @GetMapping("/api/sessions")
    public List<Listed> sessions(@RequestParam(required = false) SessionKind kind,
                                 @AuthenticationPrincipal SignedIn me) {
        Person person = me.person();
        boolean everything = person.has(Role.ADMIN) || person.has(Role.EVALUATOR);
        List<SessionListing> found = rosters.stream().filter(roster -> kind == null || roster.kind() == kind)
                .flatMap(roster -> (everything ? roster.listedAll() : roster.listedFor(person.id())).stream())
                .sorted(Comparator.comparing(SessionListing::createdAt).reversed()).toList();
        return listed(found);
    }

    @Operation(summary = "The open sessions I may join by myself and am not in yet, newest first",
            description = "A module's think tanks for its people (and invited experts), every open café for "
                    + "anyone who takes part. Retros are joined through their share link and are not listed.")
    @GetMapping("/api/sessions/joinable")
    public List<Listed> joinable(@AuthenticationPrincipal SignedIn me) {
        Person person = me.person();
        if (!person.takesPart()) {
            return List.of();
        }
        List<SessionListing> found = rosters.stream().filter(roster -> roster.joinRule() != SessionRoster.JoinRule.BY_LINK)
                .flatMap(roster -> roster.listedAll().stream()
                        .filter(session -> !session.closed() && !roster.isMember(session.id(), person.id()))
                        .filter(session -> mayJoin(roster, session, person)))
                .sorted(Comparator.comparing(SessionListing::createdAt).reversed()).toList();
        return listed(found);
    }

    private boolean mayJoin(SessionRoster roster, SessionListing session, Person person) {
        return switch (roster.joinRule()) {
            case ANYONE_TAKING_PART -> true;
            case MODULE_PEOPLE -> session.module() == null || access.isOfModule(person, session.module())
                    || roster.isInvited(session.id(), person.id());
            case BY_LINK -> false;
        };
    }

    private List<Listed> listed(List<SessionListing> found) {
        Map<String, String> names = people.displayNames(found.stream().map(SessionListing::facilitatorId)
                .distinct().toList());
        return found.stream().map(session -> new Listed(session.id(), session.kind(), session.title(),
                session.module(), session.municipality(), session.scheduledAt(), session.state(), session.closed(),
                session.facilitatorId(), names.get(session.facilitatorId()), session.createdAt(), session.updatedAt(),
                session.participants())).toList();
    }
}
