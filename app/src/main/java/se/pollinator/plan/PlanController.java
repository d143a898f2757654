package se.pollinator.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.plan.PlanCommands.AddGoal;
import se.pollinator.plan.PlanCommands.MoveGoal;
import se.pollinator.plan.PlanCommands.RecordProgress;
import se.pollinator.plan.PlanCommands.RetireGoal;
import se.pollinator.plan.PlanCommands.ReviseGoal;
import se.pollinator.plan.PlanEvents.PlanEvent;
import se.pollinator.plan.PlanSources.Candidate;
import se.pollinator.plan.PlanSources.SourceRef;
import se.pollinator.programme.ProgrammeAccess;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.programme.ProgrammeView.ModuleRow;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.AsOf;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A municipality project's strategic and tactical plan: read it now or as of any moment, and
 * change it, each change with a rationale and, where there is one, its source.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Plans", description = "Goals and sub-goals, plan changes with their sources, progress")
public class PlanController {

    private final Commands commands;
    private final PlanStore plans;
    private final PlanSources sources;
    private final ProgrammeAccess access;
    private final ProgrammeStore programme;
    private final PeopleStore people;
    private final EventStore events;
    private final ObjectMapper json;

    public PlanController(Commands commands, PlanStore plans, PlanSources sources, ProgrammeAccess access,
                          ProgrammeStore programme, PeopleStore people, EventStore events, ObjectMapper json) {
        this.commands = commands;
        this.plans = plans;
        this.sources = sources;
        this.access = access;
        this.programme = programme;
        this.people = people;
        this.events = events;
        this.json = json;
    }

    /** The plan with its project's names and the names of everyone it mentions. */
    public record PlanAnswer(String id, String municipalityId, String municipalityName, String municipalityNameEn,
                             long seq, java.time.Instant updatedAt, String asOf, List<PlanView.GoalView> goals,
                             Map<String, String> people) {
    }

    public record NewGoal(String title, String parentId, String description, String indicator, String unit,
                          BigDecimal baseline, BigDecimal target, LocalDate dueDate, String ownerId, GoalStatus status,
                          List<String> moduleIds, String rationale, SourceRef source) {
    }

    /** A revision: the fields to change, the rationale and the source. */
    public record GoalPatch(String title, String description, String indicator, String unit, BigDecimal baseline,
                            BigDecimal target, LocalDate dueDate, String ownerId, GoalStatus status,
                            List<String> moduleIds, String rationale, SourceRef source) {
        GoalDetails details() {
            return new GoalDetails(title, description, indicator, unit, baseline, target, dueDate, ownerId, status,
                    moduleIds);
        }
    }

    public record Move(String parentId, String rationale, SourceRef source) {
    }

    public record Why(String rationale, SourceRef source) {
    }

    public record Measurement(BigDecimal value, LocalDate date, String comment) {
    }

    @Operation(summary = "The plan: every goal with its fulfilment, its plan changes and its progress",
            description = "With asOf (an ISO-8601 instant or a sequence number): the plan as it stood then, "
                    + "the same fold over its events up to that point.")
    @GetMapping
    public PlanAnswer plan(@PathVariable String planId, @RequestParam(required = false) String asOf,
                           @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.projectOfPlan(planId);
        access.requireRead(me.person(), project);
        PlanFold fold = asOf == null ? plans.plan(planId).orElseGet(() -> empty(project)) : history(project, asOf);
        PlanView view = PlanView.of(fold);
        Set<String> mentioned = new HashSet<>();
        view.goals().forEach(goal -> {
            if (goal.ownerId() != null) {
                mentioned.add(goal.ownerId());
            }
            goal.changes().forEach(change -> mentioned.add(change.byId()));
            goal.progress().forEach(report -> mentioned.add(report.byId()));
        });
        return new PlanAnswer(planId, project.id(), project.nameSv(), project.nameEn(), view.seq(), view.updatedAt(),
                asOf, view.goals(), people.displayNames(mentioned));
    }

    @Operation(summary = "Add a goal, or a sub-goal under parentId; a rationale is required, a source optional")
    @PostMapping("/goals")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addGoal(@PathVariable String planId, @RequestBody NewGoal goal,
                                       @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = changeable(planId, me);
        GoalDetails details = new GoalDetails(goal.title(), goal.description(), goal.indicator(), goal.unit(),
                goal.baseline(), goal.target(), goal.dueDate(), goal.ownerId(), goal.status(), goal.moduleIds());
        checkReferences(details);
        Source source = sources.resolve(me.person(), goal.source());
        String id = UUID.randomUUID().toString();
        Map<String, String> created = commands.send(new AddGoal(planId, project.id(), me.personId(), id,
                goal.parentId(), details, goal.rationale(), source), me, Map.of("id", id));
        awaitGoal(planId, created.get("id"));
        return created;
    }

    @Operation(summary = "Revise a goal: the fields given change; a rationale is required, a source optional")
    @PatchMapping("/goals/{goalId}")
    public void revise(@PathVariable String planId, @PathVariable String goalId, @RequestBody JsonNode body,
                       @AuthenticationPrincipal SignedIn me) {
        changeable(planId, me);
        if (body == null || !body.isObject()) {
            throw RuleViolation.invalid("request.body", "A JSON object with the fields to change is required.");
        }
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (GoalDetails.FIELDS.contains(name)) {
                fields.add(name);
            } else if (!name.equals("rationale") && !name.equals("source")) {
                throw RuleViolation.invalid("goal.unknown-field", "A goal has no field '%s'.", name);
            }
        });
        GoalPatch patch = read(body);
        checkReferences(patch.details());
        Source source = sources.resolve(me.person(), patch.source());
        commands.send(new ReviseGoal(planId, me.personId(), goalId, patch.details(), fields, patch.rationale(), source),
                me);
        awaitSeq(planId);
    }

    @Operation(summary = "Put a goal under another one, or at the top (parentId null)")
    @PostMapping("/goals/{goalId}/move")
    public void move(@PathVariable String planId, @PathVariable String goalId, @RequestBody Move move,
                     @AuthenticationPrincipal SignedIn me) {
        changeable(planId, me);
        Source source = sources.resolve(me.person(), move.source());
        commands.send(new MoveGoal(planId, me.personId(), goalId, move.parentId(), move.rationale(), source), me);
        awaitSeq(planId);
    }

    @Operation(summary = "Retire a goal: it stays in the plan's history and changes no more")
    @PostMapping("/goals/{goalId}/retire")
    public void retire(@PathVariable String planId, @PathVariable String goalId, @RequestBody Why why,
                       @AuthenticationPrincipal SignedIn me) {
        changeable(planId, me);
        Source source = sources.resolve(me.person(), why.source());
        commands.send(new RetireGoal(planId, me.personId(), goalId, why.rationale(), source), me);
        awaitSeq(planId);
    }

    @Operation(summary = "Record progress: the indicator's value (or a percentage) on a date")
    @PostMapping("/goals/{goalId}/progress")
    public void progress(@PathVariable String planId, @PathVariable String goalId, @RequestBody Measurement measured,
                         @AuthenticationPrincipal SignedIn me) {
        changeable(planId, me);
        commands.send(new RecordProgress(planId, me.personId(), goalId, measured.value(), measured.date(),
                measured.comment()), me);
        awaitSeq(planId);
    }

    @Operation(summary = "Decisions and action items a change to this plan may name as its source",
            description = "From the project's retros and its modules' retros without a project, that you can see; "
                    + "q filters by words; sessionId lists one session's items, wherever it belongs.")
    @GetMapping("/sources")
    public List<Candidate> sources(@PathVariable String planId, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) String sessionId,
                                   @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.projectOfPlan(planId);
        access.requireRead(me.person(), project);
        Set<String> modules = new HashSet<>();
        plans.plan(planId).ifPresent(plan -> plan.goals.values().forEach(goal -> modules.addAll(goal.details.moduleIds())));
        return sources.candidates(me.person(), project, modules, q, sessionId);
    }

    private MunicipalityRow changeable(String planId, SignedIn me) {
        MunicipalityRow project = access.projectOfPlan(planId);
        access.requireChange(me.person(), project);
        return project;
    }

    /** The owner must be somebody and the modules must be the programme's, not retired. */
    private void checkReferences(GoalDetails details) {
        if (details.ownerId() != null && people.byId(details.ownerId()).isEmpty()) {
            throw RuleViolation.invalid("goal.owner-unknown", "There is no person %s to own the goal.",
                    details.ownerId());
        }
        if (details.moduleIds() != null) {
            Set<String> offered = new HashSet<>();
            programme.modules().stream().filter(module -> !module.retired()).map(ModuleRow::id).forEach(offered::add);
            for (String module : details.moduleIds()) {
                if (!offered.contains(module)) {
                    throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", module);
                }
            }
        }
    }

    private GoalPatch read(JsonNode body) {
        try {
            return json.treeToValue(body, GoalPatch.class);
        } catch (InvalidFormatException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw RuleViolation.invalid("request.body", "The value '%s' is not valid for '%s'.", e.getValue(), field);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw RuleViolation.invalid("request.body", "The request body is not valid JSON for this request.");
        }
    }

    /** Folds the plan's events up to the point, from sequence 0 (never from a snapshot). */
    private PlanFold history(MunicipalityRow project, String asOf) {
        Predicate<DomainEventMessage<?>> upTo = AsOf.upTo(asOf);
        PlanFold fold = empty(project);
        events.readEvents(project.planId(), 0).asStream().takeWhile(upTo)
                .filter(message -> message.getPayload() instanceof PlanEvent)
                .forEach(message -> fold.apply((PlanEvent) message.getPayload(), message.getSequenceNumber(),
                        message.getTimestamp()));
        return fold;
    }

    private static PlanFold empty(MunicipalityRow project) {
        PlanFold fold = new PlanFold();
        fold.planId = project.planId();
        fold.municipalityId = project.id();
        return fold;
    }

    private void awaitGoal(String planId, String goalId) {
        ReadYourWrites.await(() -> plans.plan(planId).map(plan -> plan.goals.containsKey(goalId)).orElse(false));
    }

    /** Waits until the read model has every event the plan has in the store. */
    private void awaitSeq(String planId) {
        long stored = events.lastSequenceNumberFor(planId).orElse(-1L);
        ReadYourWrites.await(() -> plans.plan(planId).map(plan -> plan.seq >= stored).orElse(false));
    }
}
