package se.pollinator.retro.board;

import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.RetroEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boards one batch of events changed, folded in memory and written once, when the batch
 * commits: per board its header once and each changed part once, however many of the batch's
 * events touched it. Watchers are told of every event's change after that commit, in order.
 */
final class BoardBatch {

    private final BoardStore store;
    private final Map<String, Pending> boards = new LinkedHashMap<>();
    private final List<BoardChange> changes = new ArrayList<>();

    BoardBatch(BoardStore store) {
        this.store = store;
    }

    /** Reads the boards the batch's events are about at once, rather than one by one. */
    void readAhead(Collection<String> retroIds) {
        List<String> unread = retroIds.stream().distinct().filter(id -> !boards.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            boards.putAll(store.pending(unread));
        }
    }

    /**
     * Folds one event into its board, which is read once per batch. When folding fails, the
     * board is read again from its stored rows and the batch's earlier events replayed on it, so that it holds
     * exactly the events that succeeded, and the failure is passed on.
     */
    void fold(RetroEvent event, long seq, Instant at, boolean pushed) {
        Pending pending = boards.computeIfAbsent(event.retroId(), store::pending);
        Board board = pending.board;
        synchronized (board) {
            if (seq <= board.seq()) {
                return;
            }
            List<Board.Part> parts = Board.partsChangedBy(event);
            for (int i = 0; i < parts.size(); i++) {
                pending.touch(parts.get(i), seq, i);
            }
            try {
                board.apply(event, seq);
            } catch (RuntimeException e) {
                store.forget(event.retroId());
                Pending again = store.pending(event.retroId());
                pending.folded.forEach(earlier -> again.board.apply(earlier.event(), earlier.seq()));
                again.absorb(pending);
                boards.put(event.retroId(), again);
                throw e;
            }
            if (pending.folded.isEmpty()) {
                pending.firstAt = at;
            }
            pending.folded.add(new Board.Sequenced(seq, event));
            pending.at = at;
            if (event instanceof ParticipantJoined joined) {
                pending.newMembers.add(joined.personId());
            }
            if (pushed) {
                changes.add(BoardChange.of(board, event, seq));
            }
        }
    }

    Collection<Pending> boards() {
        return boards.values();
    }

    List<BoardChange> changes() {
        return changes;
    }

    /** One board as the batch changed it, and what must be written for it. */
    static final class Pending {

        final Board board;
        /** Whether the board's header row was stored before the batch. */
        final boolean stored;
        /** Each part the batch touched: whether it was stored before the batch. */
        final Map<Board.Part, Boolean> existed = new LinkedHashMap<>();
        /** Where a part new to the board goes in the board's order. */
        final Map<Board.Part, Long> positions = new LinkedHashMap<>();
        final List<String> newMembers = new ArrayList<>();
        final List<Board.Sequenced> folded = new ArrayList<>();
        /** When the batch's first and last event for the board happened. */
        Instant firstAt;
        Instant at;

        Pending(Board board, boolean stored) {
            this.board = board;
            this.stored = stored;
        }

        private void touch(Board.Part part, long seq, int index) {
            if (!existed.containsKey(part)) {
                boolean before = board.part(part) != null;
                existed.put(part, before);
                if (!before) {
                    positions.put(part, BoardStore.position(seq, index));
                }
            }
        }

        /** Takes over what an earlier reading of the same board recorded in this batch. */
        private void absorb(Pending earlier) {
            existed.putAll(earlier.existed);
            positions.putAll(earlier.positions);
            newMembers.addAll(earlier.newMembers);
            folded.addAll(earlier.folded);
            firstAt = earlier.firstAt;
            at = earlier.at;
        }
    }
}
