package se.pollinator.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.plan.NeedsEvents.MaturityAssessed;
import se.pollinator.plan.NeedsEvents.NeedsAnalysisStarted;
import se.pollinator.plan.NeedsEvents.NeedsEvent;
import se.pollinator.plan.NeedsEvents.SectionRevised;
import se.pollinator.readmodel.Savepoint;

import java.time.Instant;
import java.util.List;

/** Keeps the needs analyses read model, in the plans' processing group, and tells listeners after each commit. */
@Component
@ProcessingGroup(PlanProjection.GROUP)
public class NeedsProjection {

    private final NeedsStore store;
    private final Savepoint savepoint;
    private final List<PlanChangeListener> listeners;

    public NeedsProjection(NeedsStore store, Savepoint savepoint, List<PlanChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    @EventHandler
    void on(NeedsEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        boolean folded = Boolean.TRUE.equals(savepoint.call(() -> fold(event, seq, at)));
        if (folded && !replay.isReplay() && !listeners.isEmpty() && CurrentUnitOfWork.isStarted()) {
            String type = event.getClass().getSimpleName();
            CurrentUnitOfWork.get().afterCommit(unit ->
                    listeners.forEach(listener -> listener.needsChanged(event.analysisId(), seq, type)));
        }
    }

    private boolean fold(NeedsEvent event, long seq, Instant at) {
        if (seq <= store.seq(event.analysisId())) {
            return false;
        }
        if (event instanceof NeedsAnalysisStarted started) {
            store.start(started.analysisId(), started.municipalityId(), seq);
        } else if (event instanceof SectionRevised revised) {
            store.revise(revised.analysisId(), revised.section(), revised.text(), revised.byId(), at, seq);
        } else if (event instanceof MaturityAssessed assessed) {
            store.assess(assessed.analysisId(), assessed.assessmentId(), assessed.scores(), assessed.byId(), at, seq);
        }
        return true;
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
