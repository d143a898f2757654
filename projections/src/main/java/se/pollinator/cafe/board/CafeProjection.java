package se.pollinator.cafe.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.cafe.CafeEvents.CafeJoined;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.InvitationCreated;
import se.pollinator.cafe.CafeEvents.InvitationRevoked;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionMessage;

import java.time.Instant;
import java.util.List;

/** Keeps the cafés' boards, invitations and guests, and pushes each change once committed. */
@Component
@ProcessingGroup(CafeProjection.GROUP)
public class CafeProjection {

    public static final String GROUP = "cafes";

    private final CafeStore store;
    private final Savepoint savepoint;
    private final List<SessionChangeListener> listeners;

    public CafeProjection(CafeStore store, Savepoint savepoint, List<SessionChangeListener> listeners) {
        this.store = store;
        this.savepoint = savepoint;
        this.listeners = listeners;
    }

    /** A café's change: one typed message for everybody. */
    public record CafeChange(String sessionId, long seq, SessionMessage shared) implements SessionChange {
        @Override
        public List<Personal> personal() {
            return List.of();
        }
    }

    @EventHandler
    void on(CafeEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        SessionMessage message = savepoint.call(() -> fold(event, seq, at));
        if (message != null && !replay.isReplay() && !listeners.isEmpty() && CurrentUnitOfWork.isStarted()) {
            CafeChange change = new CafeChange(event.cafeId(), seq, message);
            CurrentUnitOfWork.get().afterCommit(unit -> listeners.forEach(listener -> listener.sessionChanged(change)));
        }
    }

    private SessionMessage fold(CafeEvent event, long seq, Instant at) {
        if (seq <= store.seq(event.cafeId())) {
            return null;
        }
        CafeBoard stored = store.board(event.cafeId()).orElse(null);
        CafeBoard board = stored == null ? new CafeBoard() : stored;
        List<CafeBoard.Part> changed = board.apply(event, seq, at);
        store.save(board, stored == null, changed, at);
        if (event instanceof CafeJoined joined) {
            store.addMember(event.cafeId(), joined.personId());
        } else if (event instanceof GuestAdmitted admitted) {
            store.guestAdmitted(event.cafeId(), admitted.invitationId(), admitted.guestId(), admitted.displayName());
        } else if (event instanceof InvitationCreated created) {
            store.invitationCreated(event.cafeId(), created.invitationId(), created.tokenHash(), created.expiresAt(),
                    created.maxUses());
        } else if (event instanceof InvitationRevoked revoked) {
            store.invitationRevoked(event.cafeId(), revoked.invitationId());
        }
        return CafeView.message(board, event.getClass().getSimpleName(), seq, changed);
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
