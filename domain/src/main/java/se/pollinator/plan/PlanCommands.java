package se.pollinator.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What people ask of a municipality project's plan. Every change to a goal carries a rationale
 * and may carry its source; the web layer fills in {@code byId} from the login.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** Adds a goal: a strategic one ({@code parentId} null) or a sub-goal. The first goal starts the plan. */
    public record AddGoal(@TargetAggregateIdentifier String planId, String municipalityId, String byId,
                          String goalId, String parentId, GoalDetails details, String rationale, Source source) {
    }

    /** Changes the fields named in {@code fields} to their values in {@code changes}. */
    public record ReviseGoal(@TargetAggregateIdentifier String planId, String byId, String goalId,
                             GoalDetails changes, List<String> fields, String rationale, Source source) {
    }

    /** Puts a goal under another one, or at the top ({@code parentId} null). */
    public record MoveGoal(@TargetAggregateIdentifier String planId, String byId, String goalId, String parentId,
                           String rationale, Source source) {
    }

    public record RetireGoal(@TargetAggregateIdentifier String planId, String byId, String goalId, String rationale,
                             Source source) {
    }

    /** A measured value of the goal's indicator (or a percentage, for a goal without one) on a date. */
    public record RecordProgress(@TargetAggregateIdentifier String planId, String byId, String goalId,
                                 BigDecimal value, LocalDate date, String comment) {
    }
}
