package se.pollinator.session;

import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.people.Role;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.programme.Team;
import se.pollinator.rules.RuleViolation;

import java.util.List;
import java.util.Optional;

/**
 * Who may see a session, of any kind: its participants and those invited to it, and admins and
 * evaluators, who may read every session; who may take part in one: its participants. The REST API and the STOMP
 * destinations ask the same questions here; each kind answers for its own sessions through its
 * {@link SessionRoster}.
 */
@Component
public class SessionAccess {

    private final List<SessionRoster> rosters;
    private final ProgrammeStore programme;

    public SessionAccess(List<SessionRoster> rosters, ProgrammeStore programme) {
        this.rosters = rosters;
        this.programme = programme;
    }

    public boolean exists(String sessionId) {
        return rosterOf(sessionId).isPresent();
    }

    public boolean mayView(Person person, String sessionId) {
        return person != null && rosterOf(sessionId).map(roster -> mayView(roster, person, sessionId)).orElse(false);
    }

    /** Throws a 404 for an unknown session and a 403 for one the person may not see. */
    public void requireView(Person person, String sessionId) {
        SessionRoster roster = rosterOf(sessionId).orElseThrow(() -> unknownSession(sessionId));
        if (!mayView(roster, person, sessionId)) {
            throw RuleViolation.forbidden("session.not-participant",
                    "You are not a participant of this session; join it first.");
        }
    }

    /** True for a participant of the session, who may act on it (evaluators only read). */
    public boolean mayTakePart(Person person, String sessionId) {
        return person != null && person.takesPart()
                && rosterOf(sessionId).map(roster -> roster.isMember(sessionId, person.id())).orElse(false);
    }

    /**
     * Throws a 403 for a person who may not take part in sessions at all: an evaluator reads
     * every session and writes in none.
     */
    /** Throws unless the person may open sessions of any kind: facilitators and admins. */
    public static void requireMayOpen(Person person) {
        if (!person.has(Role.FACILITATOR) && !person.has(Role.ADMIN)) {
            throw RuleViolation.forbidden("session.facilitators-open",
                    "Only facilitators and admins open sessions.");
        }
    }

    public static void requireTakesPart(Person person) {
        if (!person.takesPart()) {
            throw RuleViolation.forbidden("session.evaluator-reads-only",
                    "Evaluators read every session but take part in none.");
        }
    }

    /**
     * True for one of the module's people, who may join a session opened to its module: its leads
     * and members as the programme keeps them, and the admins and facilitators who run sessions.
     */
    public boolean isOfModule(Person person, int module) {
        if (!person.takesPart()) {
            return false;
        }
        String id = String.valueOf(module);
        return person.has(Role.ADMIN) || person.has(Role.FACILITATOR)
                || programme.inTeam(Team.MODULE_LEADS, id, person.id())
                || programme.inTeam(Team.MODULE_MEMBERS, id, person.id());
    }

    /** The kind of a session, or empty for an id nobody knows. */
    public Optional<SessionKind> kindOf(String sessionId) {
        return rosterOf(sessionId).map(SessionRoster::kind);
    }

    /** The answer for a session id nobody knows. */
    public static RuleViolation unknownSession(String sessionId) {
        return RuleViolation.notFound("session.unknown", "There is no session %s.", sessionId);
    }

    /** The kind that holds the session: the others are not asked about it again. */
    private Optional<SessionRoster> rosterOf(String sessionId) {
        return sessionId == null ? Optional.empty()
                : rosters.stream().filter(roster -> roster.exists(sessionId)).findFirst();
    }

    /**
     * Participants, those invited, and admins and evaluators; and those who answer for where the
     * session belongs, who may cite it in a plan: its module's leads, and its municipality
     * project's pilot.
     */
    private boolean mayView(SessionRoster roster, Person person, String sessionId) {
        return person.has(Role.ADMIN) || person.has(Role.EVALUATOR) || roster.isMember(sessionId, person.id())
                || roster.isInvited(sessionId, person.id()) || leads(roster, person, sessionId);
    }

    private boolean leads(SessionRoster roster, Person person, String sessionId) {
        if (!person.takesPart()) {
            return false;
        }
        return roster.listing(sessionId).map(session -> session.module() != null
                && programme.inTeam(Team.MODULE_LEADS, String.valueOf(session.module()), person.id())
                || session.municipality() != null && programme.municipality(session.municipality())
                        .map(project -> person.id().equals(project.pilotId())).orElse(false)).orElse(false);
    }
}
