package se.pollinator.programme;

import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.people.Role;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.rules.RuleViolation;

/**
 * Who may see and change what of the programme and its plans, in one place for the REST API and
 * the STOMP destinations. The consortium (admins, facilitators, module leads and members, pilots)
 * sees the whole programme; a municipality project's own people see their own project; evaluators
 * read everything and change nothing.
 */
@Component
public class ProgrammeAccess {

    private final ProgrammeStore programme;

    public ProgrammeAccess(ProgrammeStore programme) {
        this.programme = programme;
    }

    public boolean inConsortium(Person person) {
        return person.has(Role.ADMIN) || person.has(Role.FACILITATOR) || programme.inConsortium(person.id());
    }

    /** The municipality project whose plan this is: 404 for a plan nobody knows. */
    public MunicipalityRow projectOfPlan(String planId) {
        return programme.municipalityOfPlan(planId).orElseThrow(() ->
                RuleViolation.notFound("plan.unknown", "There is no plan %s.", planId));
    }

    public MunicipalityRow project(String municipalityId) {
        return programme.municipality(municipalityId).orElseThrow(() -> RuleViolation.notFound(
                "municipality.unknown", "There is no municipality project %s in the programme.", municipalityId));
    }

    public boolean mayRead(Person person, MunicipalityRow project) {
        return person.has(Role.EVALUATOR) || inConsortium(person)
                || programme.inTeam(Team.MUNICIPALITY_MEMBERS, project.id(), person.id());
    }

    /** True when the person may read the plan with this id (false for a plan nobody knows). */
    public boolean mayReadPlan(Person person, String planId) {
        return programme.municipalityOfPlan(planId).map(project -> mayRead(person, project)).orElse(false);
    }

    /** True when the person may read the needs analysis with this id. */
    public boolean mayReadNeeds(Person person, String analysisId) {
        return programme.municipalities().stream()
                .filter(project -> se.pollinator.plan.NeedsAnalysis.idOf(project.id()).equals(analysisId))
                .findFirst().map(project -> mayRead(person, project)).orElse(false);
    }

    /** Throws a 403 unless the person may read the project's plan and needs analysis. */
    public void requireRead(Person person, MunicipalityRow project) {
        if (!mayRead(person, project)) {
            throw RuleViolation.forbidden("plan.not-yours",
                    "This plan belongs to the municipality project %s, which you are not part of.", project.nameSv());
        }
    }

    /**
     * Throws a 403 unless the person may change the project's plan: admins, facilitators, module
     * leads, the project's pilot and its own people; never an evaluator.
     */
    public void requireChange(Person person, MunicipalityRow project) {
        requireRead(person, project);
        boolean may = person.takesPart() && (person.has(Role.ADMIN) || person.has(Role.FACILITATOR)
                || person.id().equals(project.pilotId()) || programme.leadsAModule(person.id())
                || programme.inTeam(Team.MUNICIPALITY_MEMBERS, project.id(), person.id()));
        if (!may) {
            throw RuleViolation.forbidden("plan.read-only",
                    "You may read this plan but not change it; its pilot, its members and module leads can.");
        }
        if (project.retired()) {
            throw RuleViolation.conflict("municipality.retired", "The municipality project %s is retired.",
                    project.nameSv());
        }
    }

    /** Admins change the programme; a pilot also manages the members of their own project. */
    public void requireAdmin(Person person) {
        if (!person.has(Role.ADMIN)) {
            throw RuleViolation.forbidden("programme.admin-only", "Only an admin can change the programme.");
        }
    }

    /** An admin, or the project's pilot while they take part (an evaluator made pilot reads only). */
    public void requireManageMembers(Person person, MunicipalityRow project) {
        boolean pilot = person.takesPart() && person.id().equals(project.pilotId());
        if (!person.has(Role.ADMIN) && !pilot) {
            throw RuleViolation.forbidden("programme.admin-or-pilot",
                    "Only an admin or the project's pilot can change who is in it.");
        }
    }
}
