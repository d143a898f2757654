package se.pollinator.plan;

import se.pollinator.plan.PlanEvents.GoalAdded;
import se.pollinator.plan.PlanEvents.GoalChanged;
import se.pollinator.plan.PlanEvents.GoalMoved;
import se.pollinator.plan.PlanEvents.GoalRetired;
import se.pollinator.plan.PlanEvents.GoalRevised;
import se.pollinator.plan.PlanEvents.PlanEvent;
import se.pollinator.plan.PlanEvents.ProgressRecorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One goal as its events made it: what it says now, where it sits, and every plan change and
 * progress report that made it so, in order. The fold of one goal's events; a plan is its goals.
 */
public class GoalRecord {

    /** One plan change, as a goal's history lists it. */
    public record Change(long seq, Instant at, String byId, String kind, List<FieldChange> fields,
                         String fromParentId, String toParentId, String rationale, Source source) {
    }

    /** One field a revision changed, from what to what. */
    public record FieldChange(String field, Object from, Object to) {
    }

    public record Progress(long seq, Instant at, BigDecimal value, LocalDate date, String comment, String byId) {
    }

    public String id;
    public String parentId;
    /** The sequence number of the event that added it: goals keep the order they were added in. */
    public long position;
    public GoalDetails details;
    public boolean retired;
    public List<Change> changes = new ArrayList<>();
    public List<Progress> progress = new ArrayList<>();

    /** Folds one event of this goal into it. */
    public void apply(PlanEvent event, long seq, Instant at) {
        if (event instanceof GoalAdded added) {
            id = added.goalId();
            parentId = added.parentId();
            position = seq;
            details = added.details();
            changes.add(change(added, seq, at, "ADDED", List.of(), null, null));
        } else if (event instanceof GoalRevised revised) {
            List<FieldChange> fields = revised.fields().stream()
                    .map(field -> new FieldChange(field, details.get(field), revised.details().get(field))).toList();
            details = revised.details();
            changes.add(change(revised, seq, at, "REVISED", fields, null, null));
        } else if (event instanceof GoalMoved moved) {
            parentId = moved.toParentId();
            changes.add(change(moved, seq, at, "MOVED", List.of(), moved.fromParentId(), moved.toParentId()));
        } else if (event instanceof GoalRetired retiredEvent) {
            retired = true;
            changes.add(change(retiredEvent, seq, at, "RETIRED", List.of(), null, null));
        } else if (event instanceof ProgressRecorded recorded) {
            progress.add(new Progress(seq, at, recorded.value(), recorded.date(), recorded.comment(), recorded.byId()));
        }
    }

    /** The latest measured value: of the latest date, and of those the last recorded. */
    public Progress latest() {
        Progress latest = null;
        for (Progress report : progress) {
            if (latest == null || !report.date().isBefore(latest.date())) {
                latest = report;
            }
        }
        return latest;
    }

    private static Change change(GoalChanged event, long seq, Instant at, String kind, List<FieldChange> fields,
                                 String from, String to) {
        return new Change(seq, at, event.change().byId(), kind, fields, from, to, event.change().rationale(),
                event.change().source());
    }

    /** The goal an event is about, or null for one about the whole plan. */
    public static String goalOf(PlanEvent event) {
        if (event instanceof GoalChanged changed) {
            return changed.goalId();
        }
        if (event instanceof ProgressRecorded recorded) {
            return recorded.goalId();
        }
        return null;
    }
}
