package se.pollinator.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import se.pollinator.plan.PlanCommands.AddGoal;
import se.pollinator.plan.PlanCommands.MoveGoal;
import se.pollinator.plan.PlanCommands.RecordProgress;
import se.pollinator.plan.PlanCommands.RetireGoal;
import se.pollinator.plan.PlanCommands.ReviseGoal;
import se.pollinator.plan.PlanEvents.GoalAdded;
import se.pollinator.plan.PlanEvents.GoalMoved;
import se.pollinator.plan.PlanEvents.GoalRetired;
import se.pollinator.plan.PlanEvents.GoalRevised;
import se.pollinator.plan.PlanEvents.PlanStarted;
import se.pollinator.plan.PlanEvents.ProgressRecorded;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipality project's strategic and tactical plan: goals with sub-goals, each changed only
 * with a rationale, and their measured progress. Who may change it is decided before a command
 * is sent; the plan keeps the rules that hold whoever asks.
 */
public class Plan {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_INDICATOR = 200;
    public static final int MAX_UNIT = 40;
    public static final int MAX_RATIONALE = 1000;
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_MODULES = 20;
    /** Values beyond this (either sign) are refused: no indicator needs them, and every read model holds them. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    public static final int MAX_DECIMALS = 6;

    @AggregateIdentifier
    private String planId;
    /** What the rules need of a goal: its parent, whether it is retired, and its details (for revisions). */
    private Map<String, GoalState> goals = new HashMap<>();

    record GoalState(String parentId, boolean retired, GoalDetails details) {
    }

    protected Plan() {
        // for Axon, for snapshots, and for the first goal, which starts the plan
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddGoal command) {
        Values.actor(command.byId());
        String goalId = Values.id("goalId", command.goalId());
        if (goals.containsKey(goalId)) {
            throw RuleViolation.conflict("goal.exists", "The plan already has a goal %s.", goalId);
        }
        if (command.parentId() != null) {
            requireActive(command.parentId(), "goal.unknown-parent");
        }
        GoalDetails details = checked(command.details());
        PlanChange change = change(command.byId(), command.rationale(), command.source());
        if (planId == null) {
            apply(new PlanStarted(command.planId(), Values.id("municipalityId", command.municipalityId())));
        }
        apply(new GoalAdded(command.planId(), goalId, command.parentId(), details, change));
    }

    @CommandHandler
    public void handle(ReviseGoal command) {
        Values.actor(command.byId());
        GoalState goal = requireActive(command.goalId(), "goal.unknown");
        List<String> fields = command.fields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.fields()));
        for (String field : fields) {
            if (!GoalDetails.FIELDS.contains(field)) {
                throw RuleViolation.invalid("goal.unknown-field", "A goal has no field '%s'.", field);
            }
        }
        if (command.changes() == null) {
            throw RuleViolation.invalid("goal.no-change", "Say what to change.");
        }
        GoalDetails revised = checked(goal.details().with(command.changes(), fields));
        List<String> changed = fields.stream()
                .filter(field -> !sameValue(goal.details().get(field), revised.get(field))).toList();
        if (changed.isEmpty()) {
            throw RuleViolation.invalid("goal.no-change", "The revision changes nothing; the goal already says this.");
        }
        PlanChange change = change(command.byId(), command.rationale(), command.source());
        apply(new GoalRevised(planId, command.goalId(), revised, changed, change));
    }

    @CommandHandler
    public void handle(MoveGoal command) {
        Values.actor(command.byId());
        GoalState goal = requireActive(command.goalId(), "goal.unknown");
        if (Objects.equals(goal.parentId(), command.parentId())) {
            throw RuleViolation.invalid("goal.no-change", "The goal is already there.");
        }
        if (command.parentId() != null) {
            requireActive(command.parentId(), "goal.unknown-parent");
            for (String above = command.parentId(); above != null; above = goals.get(above).parentId()) {
                if (above.equals(command.goalId())) {
                    throw RuleViolation.conflict("goal.cycle",
                            "A goal cannot be put under itself or one of its own sub-goals.");
                }
            }
        }
        PlanChange change = change(command.byId(), command.rationale(), command.source());
        apply(new GoalMoved(planId, command.goalId(), goal.parentId(), command.parentId(), change));
    }

    @CommandHandler
    public void handle(RetireGoal command) {
        Values.actor(command.byId());
        requireActive(command.goalId(), "goal.unknown");
        boolean hasActiveSubGoals = goals.values().stream()
                .anyMatch(goal -> command.goalId().equals(goal.parentId()) && !goal.retired());
        if (hasActiveSubGoals) {
            throw RuleViolation.conflict("goal.has-sub-goals",
                    "Retire or move this goal's sub-goals first; a plan keeps no orphans.");
        }
        PlanChange change = change(command.byId(), command.rationale(), command.source());
        apply(new GoalRetired(planId, command.goalId(), change));
    }

    @CommandHandler
    public void handle(RecordProgress command) {
        Values.actor(command.byId());
        requireActive(command.goalId(), "goal.unknown");
        if (command.value() == null) {
            throw RuleViolation.invalid("progress.value-required", "Progress needs a value.");
        }
        if (command.date() == null) {
            throw RuleViolation.invalid("progress.date-required", "Progress needs the date it was measured.");
        }
        apply(new ProgressRecorded(planId, command.goalId(), value("value", command.value()),
                Values.date("date", command.date()), Text.optional("comment", command.comment(), MAX_COMMENT),
                command.byId()));
    }

    private GoalState requireActive(String goalId, String unknownCode) {
        GoalState goal = goalId == null ? null : goals.get(goalId);
        if (goal == null) {
            throw RuleViolation.notFound(unknownCode, "The plan has no goal %s.", goalId);
        }
        if (goal.retired()) {
            throw RuleViolation.conflict("goal.retired", "Goal %s is retired and changes no more.", goalId);
        }
        return goal;
    }

    private static PlanChange change(String byId, String rationale, Source source) {
        String why = Text.required("rationale", rationale, MAX_RATIONALE);
        if (source != null) {
            Values.id("source.sessionId", source.sessionId());
            Values.id("source.itemId", source.itemId());
        }
        return new PlanChange(byId, why, source);
    }

    private static GoalDetails checked(GoalDetails details) {
        if (details == null) {
            throw RuleViolation.invalid("text.empty", "%2$s must not be empty.", "title", "The title");
        }
        List<String> modules = details.moduleIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(details.moduleIds()));
        if (modules.size() > MAX_MODULES) {
            throw RuleViolation.invalid("goal.too-many-modules", "A goal can call on at most %s modules.", MAX_MODULES);
        }
        modules.forEach(module -> Values.id("moduleIds", module));
        return new GoalDetails(
                Text.required("title", details.title(), MAX_TITLE),
                Text.optional("description", details.description(), MAX_DESCRIPTION),
                Text.optional("indicator", details.indicator(), MAX_INDICATOR),
                Text.optional("unit", details.unit(), MAX_UNIT),
                details.baseline() == null ? null : value("baseline", details.baseline()),
                details.target() == null ? null : value("target", details.target()),
                Values.date("dueDate", details.dueDate()),
                details.ownerId() == null ? null : Values.id("ownerId", details.ownerId()),
                details.status() == null ? GoalStatus.PLANNED : details.status(),
                new ArrayList<>(modules));
    }

    private static BigDecimal value(String field, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.abs().compareTo(MAX_VALUE) > 0 || plain.scale() > MAX_DECIMALS) {
            throw RuleViolation.invalid("goal.value-range",
                    "'%s' must lie within ±%s with at most %s decimals.", field, MAX_VALUE.toPlainString(), MAX_DECIMALS);
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @EventSourcingHandler
    void on(PlanStarted event) {
        planId = event.planId();
    }

    @EventSourcingHandler
    void on(GoalAdded event) {
        goals.put(event.goalId(), new GoalState(event.parentId(), false, event.details()));
    }

    @EventSourcingHandler
    void on(GoalRevised event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new GoalState(goal.parentId(), false, event.details()));
    }

    @EventSourcingHandler
    void on(GoalMoved event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new GoalState(event.toParentId(), false, goal.details()));
    }

    @EventSourcingHandler
    void on(GoalRetired event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new GoalState(goal.parentId(), true, goal.details()));
    }
}
