package se.pollinator.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.plan.PlanEvents.PlanEvent;
import se.pollinator.plan.PlanEvents.PlanStarted;
import se.pollinator.readmodel.Savepoint;

import java.time.Instant;
import java.util.List;

/** Keeps the plans read model, one goal per event, and tells listeners after each commit. */
@Component
@ProcessingGroup(PlanProjection.GROUP)
public class PlanProjection {

    public static final String GROUP = "plans";

    private final PlanStore store;
    private final Savepoint savepoint;
    private final List<PlanChangeListener> listeners;

    public PlanProjection(PlanStore store, Savepoint savepoint, List<PlanChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    @EventHandler
    void on(PlanEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        boolean folded = Boolean.TRUE.equals(savepoint.call(() -> fold(event, seq, at)));
        if (folded && !replay.isReplay() && !listeners.isEmpty() && CurrentUnitOfWork.isStarted()) {
            String type = event.getClass().getSimpleName();
            String goalId = GoalRecord.goalOf(event);
            CurrentUnitOfWork.get().afterCommit(unit ->
                    listeners.forEach(listener -> listener.planChanged(event.planId(), seq, type, goalId)));
        }
    }

    /** Folds the event into the goal it is about; false when the read model had it already. */
    private boolean fold(PlanEvent event, long seq, Instant at) {
        if (seq <= store.seq(event.planId())) {
            return false;
        }
        if (event instanceof PlanStarted started) {
            store.start(started.planId(), started.municipalityId(), seq, at);
            return true;
        }
        String goalId = GoalRecord.goalOf(event);
        GoalRecord stored = store.goal(event.planId(), goalId).orElse(null);
        GoalRecord goal = stored == null ? new GoalRecord() : stored;
        goal.apply(event, seq, at);
        store.save(event.planId(), goal, stored == null, seq, at);
        GoalRecord.Change change = goal.changes.isEmpty() ? null : goal.changes.get(goal.changes.size() - 1);
        if (change != null && change.seq() == seq && change.source() != null) {
            store.cite(event.planId(), goal.id, change);
        }
        return true;
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
