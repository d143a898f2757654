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

/**
 * Keeps every retro's board in the database. The board row and the processor's token are
 * written in one transaction; watchers hear of the change only after that commit.
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
        Board board = store.find(event.retroId()).orElseGet(Board::new);
        if (seq <= board.seq()) {
            return;
        }
        board.apply(event, seq);
        if (event instanceof ParticipantJoined joined) {
            store.addMember(board.retroId(), joined.personId());
        }
        store.save(board, at);
        if (!replaying && !listeners.isEmpty()) {
            BoardChange change = BoardChange.of(board, event, seq);
            CurrentUnitOfWork.get().afterCommit(unit -> listeners.forEach(l -> l.boardChanged(change)));
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
