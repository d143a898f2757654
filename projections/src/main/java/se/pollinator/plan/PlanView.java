package se.pollinator.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as people read it: every goal with what it says, how far it has come and the changes
 * that made it so. Fulfilment runs from 0 to 1: a goal's latest value against its baseline and
 * target (a goal without them reports a percentage); a goal with sub-goals is the mean of theirs.
 */
public record PlanView(String id, String municipalityId, long seq, Instant updatedAt, List<GoalView> goals) {

    public record GoalView(String id, String parentId, String title, String description, String indicator,
                           String unit, BigDecimal baseline, BigDecimal target, java.time.LocalDate dueDate,
                           String ownerId, GoalStatus status, List<String> moduleIds, boolean retired,
                           BigDecimal latestValue, BigDecimal fulfilment, List<GoalRecord.Change> changes,
                           List<GoalRecord.Progress> progress) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static PlanView of(PlanFold plan) {
        List<GoalRecord> goals = new ArrayList<>(plan.goals.values());
        goals.sort(Comparator.comparingLong(goal -> goal.position));
        Map<String, List<GoalRecord>> children = new HashMap<>();
        goals.stream().filter(goal -> !goal.retired && goal.parentId != null)
                .forEach(goal -> children.computeIfAbsent(goal.parentId, id -> new ArrayList<>()).add(goal));
        Map<String, BigDecimal> fulfilment = new HashMap<>();
        goals.forEach(goal -> fulfilment(goal, children, fulfilment));
        return new PlanView(plan.planId, plan.municipalityId, plan.seq, plan.updatedAt, goals.stream().map(goal -> {
            GoalDetails d = goal.details;
            GoalRecord.Progress latest = goal.latest();
            return new GoalView(goal.id, goal.parentId, d.title(), d.description(), d.indicator(), d.unit(),
                    d.baseline(), d.target(), d.dueDate(), d.ownerId(), d.status(), d.moduleIds(), goal.retired,
                    latest == null ? null : latest.value(), fulfilment.get(goal.id), goal.changes, goal.progress);
        }).toList());
    }

    /** A goal's fulfilment (0-1, two decimals), or null while nothing is measured. */
    private static BigDecimal fulfilment(GoalRecord goal, Map<String, List<GoalRecord>> children,
                                         Map<String, BigDecimal> known) {
        if (known.containsKey(goal.id)) {
            return known.get(goal.id);
        }
        List<GoalRecord> subGoals = children.getOrDefault(goal.id, List.of());
        BigDecimal result;
        if (!subGoals.isEmpty()) {
            List<BigDecimal> measured = subGoals.stream().map(sub -> fulfilment(sub, children, known))
                    .filter(java.util.Objects::nonNull).toList();
            result = measured.isEmpty() ? null : measured.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(measured.size()), 2, RoundingMode.HALF_UP);
        } else {
            result = own(goal);
        }
        known.put(goal.id, result);
        return result;
    }

    private static BigDecimal own(GoalRecord goal) {
        GoalRecord.Progress latest = goal.latest();
        if (latest == null) {
            return goal.details.status() == GoalStatus.ACHIEVED ? BigDecimal.ONE.setScale(2) : null;
        }
        BigDecimal baseline = goal.details.baseline();
        BigDecimal target = goal.details.target();
        BigDecimal share;
        if (target != null && target.compareTo(baseline == null ? BigDecimal.ZERO : baseline) != 0) {
            BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
            share = latest.value().subtract(from).divide(target.subtract(from), 4, RoundingMode.HALF_UP);
        } else {
            share = latest.value().divide(HUNDRED, 4, RoundingMode.HALF_UP);
        }
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP);
    }
}
