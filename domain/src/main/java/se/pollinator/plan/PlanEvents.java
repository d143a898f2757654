package se.pollinator.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What happened to a plan. Every change to a goal says who made it, why, and from what. */
public final class PlanEvents {

    private PlanEvents() {
    }

    public sealed interface PlanEvent permits PlanStarted, GoalChanged, ProgressRecorded {
        String planId();
    }

    /** A change to one goal, as its history lists it. */
    public sealed interface GoalChanged extends PlanEvent permits GoalAdded, GoalRevised, GoalMoved, GoalRetired {
        String goalId();

        PlanChange change();
    }

    public record PlanStarted(String planId, String municipalityId) implements PlanEvent {
    }

    public record GoalAdded(String planId, String goalId, String parentId, GoalDetails details, PlanChange change)
            implements GoalChanged {
    }

    /** {@code details} are the goal's details after the revision; {@code fields} name the ones it changed. */
    public record GoalRevised(String planId, String goalId, GoalDetails details, List<String> fields,
                              PlanChange change) implements GoalChanged {
    }

    public record GoalMoved(String planId, String goalId, String fromParentId, String toParentId, PlanChange change)
            implements GoalChanged {
    }

    public record GoalRetired(String planId, String goalId, PlanChange change) implements GoalChanged {
    }

    public record ProgressRecorded(String planId, String goalId, BigDecimal value, LocalDate date, String comment,
                                   String byId) implements PlanEvent {
    }
}
