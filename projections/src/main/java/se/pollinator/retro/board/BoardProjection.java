package se.pollinator.retro.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.RetroEvent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps every retro's board in the database. What an event changed on the board and the
 * processor's token are written in one transaction; watchers hear of the change only after that
 * commit. A board whose change did not commit is dropped from the store's cache.
 */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "boards";

    private final BoardStore store;
    private final Savepoint savepoint;
    private final List<BoardChangeListener> listeners;

    public BoardProjection(BoardStore store, Savepoint savepoint, List<BoardChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    @EventHandler
    void on(RetroEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        savepoint.run(() -> fold(event, seq, at, replay.isReplay()));
    }

    private void fold(RetroEvent event, long seq, Instant at, boolean replaying) {
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
            if (!replaying && !listeners.isEmpty()) {
                BoardChange change = BoardChange.of(board, event, seq);
                CurrentUnitOfWork.get().afterCommit(unit -> listeners.forEach(l -> l.boardChanged(change)));
            }
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
