package se.pollinator.thinktank.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionMessage;
import se.pollinator.thinktank.ThinkTankEvents.ExpertInvited;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankJoined;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the think tanks' boards: each event folded into its board, the header and the parts it
 * changed stored, and, once committed, the change pushed to the board's watchers.
 */
@Component
@ProcessingGroup(ThinkTankProjection.GROUP)
public class ThinkTankProjection {

    public static final String GROUP = "thinktanks";

    private final ThinkTankStore store;
    private final Savepoint savepoint;
    private final List<SessionChangeListener> listeners;

    public ThinkTankProjection(ThinkTankStore store, Savepoint savepoint, List<SessionChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    /** A think tank's change: one typed message for everybody, nothing personal. */
    public record ThinkTankChange(String sessionId, long seq, SessionMessage shared) implements SessionChange {
        @Override
        public List<Personal> personal() {
            return List.of();
        }
    }

    @EventHandler
    void on(ThinkTankEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        SessionMessage message = savepoint.call(() -> fold(event, seq, at));
        if (message != null && !replay.isReplay() && !listeners.isEmpty() && CurrentUnitOfWork.isStarted()) {
            ThinkTankChange change = new ThinkTankChange(event.thinkTankId(), seq, message);
            CurrentUnitOfWork.get().afterCommit(unit -> listeners.forEach(listener -> listener.sessionChanged(change)));
        }
    }

    /** Folds and stores the event; null when the read model had it already. */
    private SessionMessage fold(ThinkTankEvent event, long seq, Instant at) {
        if (seq <= store.seq(event.thinkTankId())) {
            return null;
        }
        ThinkTankBoard stored = store.board(event.thinkTankId()).orElse(null);
        ThinkTankBoard board = stored == null ? new ThinkTankBoard() : stored;
        List<ThinkTankBoard.Part> changed = board.apply(event, seq, at);
        store.save(board, stored == null, changed, at);
        if (event instanceof ThinkTankJoined joined) {
            store.addMember(event.thinkTankId(), joined.personId());
        } else if (event instanceof ThinkTankCreated created) {
            created.experts().forEach(expert -> store.invite(event.thinkTankId(), expert));
        } else if (event instanceof ExpertInvited invited) {
            store.invite(event.thinkTankId(), invited.personId());
        }
        return ThinkTankView.message(board, event.getClass().getSimpleName(), seq, changed);
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
