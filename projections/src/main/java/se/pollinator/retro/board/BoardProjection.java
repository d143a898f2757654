package se.pollinator.retro.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.session.SessionChangeListener;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Keeps every retro's board in the database. The events of one processor batch are folded in
 * memory and what they changed is written once, with the processor's token, in the batch's
 * transaction; watchers hear of each change only after that commit, in order. A board whose
 * change did not commit is dropped from the store's cache.
 *
 * <p>An event the fold fails on is passed on to the dead-letter queue while the rest of the
 * batch goes on. A batch whose writes fail is rolled back as a whole; the events after it are
 * then handled one by one, each written in a savepoint of its own, so that an event whose writes
 * fail is the only one parked.
 */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "boards";
    /** How many events are handled one by one after a batch failed: more than a batch holds. */
    private static final int CAREFUL_EVENTS = 1_000;
    private static final String BATCH = BoardBatch.class.getName();

    private final BoardStore store;
    private final Savepoint savepoint;
    private final List<SessionChangeListener> listeners;
    private final AtomicInteger careful = new AtomicInteger();

    public BoardProjection(BoardStore store, Savepoint savepoint, List<SessionChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    @EventHandler
    void on(RetroEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        boolean pushed = !replay.isReplay() && !listeners.isEmpty();
        if (!CurrentUnitOfWork.isStarted() || careful.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            savepoint.run(() -> fold(event, seq, at, pushed));
        } else {
            batchOf(CurrentUnitOfWork.get().root()).fold(event, seq, at, pushed);
        }
    }

    /** The batch the unit of work is folding, started with its first event. */
    private BoardBatch batchOf(UnitOfWork<?> unit) {
        return unit.getOrComputeResource(BATCH, key -> {
            BoardBatch batch = new BoardBatch(store);
            if (unit instanceof BatchingUnitOfWork<?> batching) {
                batch.readAhead(batching.getMessages().stream().map(Message::getPayload)
                        .filter(RetroEvent.class::isInstance).map(payload -> ((RetroEvent) payload).retroId())
                        .toList());
            }
            unit.onPrepareCommit(committing -> store.saveBatch(batch.boards()));
            unit.afterCommit(committed -> {
                batch.boards().stream().filter(pending -> !pending.folded.isEmpty())
                        .forEach(pending -> store.cache(pending.board));
                batch.changes().forEach(change -> listeners.forEach(l -> l.sessionChanged(change)));
            });
            unit.onRollback(rolledBack -> {
                batch.boards().stream().filter(pending -> !pending.folded.isEmpty())
                        .forEach(pending -> store.forget(pending.board.retroId()));
                careful.set(CAREFUL_EVENTS);
            });
            return batch;
        });
    }

    private void fold(RetroEvent event, long seq, Instant at, boolean pushed) {
        String retroId = event.retroId();
        Board board = store.current(retroId).orElseGet(Board::new);
        synchronized (board) {
            if (seq <= board.seq()) {
                return;
            }
            try {
                List<Board.Part> parts = Board.partsChangedBy(event);
                Set<Board.Part> existed = parts.stream().filter(part -> board.part(part) != null)
                        .collect(Collectors.toSet());
                board.apply(event, seq);
                if (event instanceof ParticipantJoined joined) {
                    store.addMember(retroId, joined.personId());
                }
                store.saveChanges(board, parts, existed, at);
            } catch (RuntimeException e) {
                store.forget(retroId);
                throw e;
            }
            CurrentUnitOfWork.ifStarted(unit -> unit.onRollback(rolledBack -> store.forget(retroId)));
            if (pushed) {
                BoardChange change = BoardChange.of(board, event, seq);
                CurrentUnitOfWork.get().afterCommit(unit -> listeners.forEach(l -> l.sessionChanged(change)));
            }
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
