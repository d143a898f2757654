package se.pollinator.plan;

import se.pollinator.plan.PlanEvents.PlanEvent;
import se.pollinator.plan.PlanEvents.PlanStarted;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan folded from its events: the same fold serves the read model (one goal at a time) and
 * the plan as of any moment (all of a plan's events up to it). A fold that has not seen the
 * plan start fails closed.
 */
public class PlanFold {

    public String planId;
    public String municipalityId;
    public long seq = -1;
    public Instant updatedAt;
    public final Map<String, GoalRecord> goals = new LinkedHashMap<>();

    public void apply(PlanEvent event, long seq, Instant at) {
        if (event instanceof PlanStarted started) {
            planId = started.planId();
            municipalityId = started.municipalityId();
        } else if (planId == null) {
            throw new IllegalStateException("Plan " + event.planId() + " is folded without its start");
        } else {
            goals.computeIfAbsent(GoalRecord.goalOf(event), id -> new GoalRecord()).apply(event, seq, at);
        }
        this.seq = seq;
        this.updatedAt = at;
    }
}
