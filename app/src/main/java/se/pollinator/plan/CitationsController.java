package se.pollinator.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeAccess;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.rules.Values;
import se.pollinator.session.SessionAccess;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The other direction of the evidence chain: what became of a session's decisions, action items,
 * recommendations and harvest insights, as the plan changes that cite them.
 */
@RestController
@Tag(name = "Plans")
public class CitationsController {

    private final PlanStore plans;
    private final SessionAccess sessions;
    private final ProgrammeAccess programme;
    private final ProgrammeStore projects;
    private final PeopleStore people;

    public CitationsController(PlanStore plans, SessionAccess sessions, ProgrammeAccess programme,
                               ProgrammeStore projects, PeopleStore people) {
        this.plans = plans;
        this.sessions = sessions;
        this.programme = programme;
        this.projects = projects;
        this.people = people;
    }

    /** A plan change that cites an item of the session, with where to find it. */
    public record Citation(String itemId, String planId, String municipality, String municipalityName,
                           String goalId, String goalTitle, String change, Instant at, String byName,
                           String rationale) {
    }

    @Operation(summary = "The plan changes that cite this session's items (\"cited by\"), oldest first",
            description = "Only changes to plans the caller may read; each names the cited item (itemId), "
                    + "the goal and its municipality project.")
    @GetMapping("/api/sessions/{id}/citations")
    public List<Citation> citations(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        String sessionId = Values.id("sessionId", id);
        sessions.requireView(me.person(), sessionId);
        List<PlanStore.Citation> found = plans.citationsOf(sessionId).stream()
                .filter(citation -> programme.mayReadPlan(me.person(), citation.planId())).toList();
        Map<String, String> names = people.displayNames(found.stream().map(PlanStore.Citation::byId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return found.stream().map(citation -> new Citation(citation.itemId(), citation.planId(),
                citation.municipalityId(), projects.municipalityName(citation.municipalityId()),
                citation.goalId(), citation.goalTitle(), citation.change(), citation.at(),
                citation.byId() == null ? null : names.get(citation.byId()), citation.rationale())).toList();
    }
}
