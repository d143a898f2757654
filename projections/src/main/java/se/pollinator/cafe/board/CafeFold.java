package se.pollinator.cafe.board;

import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.cafe.CafeEvents.CafeJoined;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.InvitationCreated;
import se.pollinator.cafe.CafeEvents.InvitationRevoked;
import se.pollinator.cafe.board.CafeBoard.Part;
import se.pollinator.cafe.board.CafeBoard.PartKind;
import se.pollinator.session.GuestLinkChange;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionFold;
import se.pollinator.session.SessionHeader;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionPart;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;


/** The café's fold as the kernel's read side asks for it. */
final class CafeFold implements SessionFold<CafeEvent, CafeBoard> {

    private static final Map<PartKind, Class<?>> TYPES = Map.of(PartKind.TABLE, CafeBoard.Table.class,
            PartKind.NOTE, CafeBoard.Note.class, PartKind.INSIGHT, CafeBoard.Insight.class,
            PartKind.PERSON, CafeBoard.Person.class);

    /** A café's change: one typed message for everybody. */
    public record CafeChange(String sessionId, long seq, SessionMessage shared) implements SessionChange {
        @Override
        public List<Personal> personal() {
            return List.of();
        }
    }

    @Override
    public SessionKind kind() {
        return SessionKind.CAFE;
    }

    @Override
    public Class<CafeEvent> eventType() {
        return CafeEvent.class;
    }

    @Override
    public String sessionIdOf(CafeEvent event) {
        return event.cafeId();
    }

    @Override
    public CafeBoard newBoard() {
        return new CafeBoard();
    }

    @Override
    public long seq(CafeBoard board) {
        return board.header.seq;
    }

    @Override
    public List<Part> apply(CafeBoard board, CafeEvent event, long seq, Instant at) {
        return board.apply(event, seq, at);
    }

    @Override
    public SessionHeader header(CafeBoard board) {
        CafeBoard.Header h = board.header;
        String state = h.closed ? "CLOSED" : h.harvesting ? "HARVEST" : h.roundRunning ? "ROUND" : "OPEN";
        return new SessionHeader(h.title, h.module, h.municipalities.size() == 1 ? h.municipalities.get(0) : null,
                h.scheduledAt, state, h.closed, h.facilitatorId);
    }

    @Override
    public Object storedHeader(CafeBoard board) {
        return board.header;
    }

    @Override
    public Class<?> storedHeaderType() {
        return CafeBoard.Header.class;
    }

    @Override
    public CafeBoard fromStoredHeader(Object header) {
        CafeBoard board = new CafeBoard();
        board.header = (CafeBoard.Header) header;
        return board;
    }

    @Override
    public Object storedPart(CafeBoard board, SessionPart part) {
        return switch ((PartKind) part.kind()) {
            case TABLE -> board.tables.get(part.id());
            case NOTE -> board.notes.get(part.id());
            case INSIGHT -> board.insights.get(part.id());
            case PERSON -> board.people.get(part.id());
        };
    }

    @Override
    public Type storedPartType(String partKind) {
        return TYPES.get(PartKind.valueOf(partKind));
    }

    @Override
    public void restorePart(CafeBoard board, String partKind, String partId, Object value) {
        if (value instanceof CafeBoard.Table table) {
            board.tables.put(table.id, table);
        } else if (value instanceof CafeBoard.Note note) {
            board.notes.put(note.id, note);
        } else if (value instanceof CafeBoard.Insight insight) {
            board.insights.put(insight.id, insight);
        } else if (value instanceof CafeBoard.Person person) {
            board.people.put(person.id, person);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SessionChange change(CafeBoard board, CafeEvent event, long seq, List<? extends SessionPart> changed) {
        return new CafeChange(board.header.sessionId, seq,
                CafeView.message(board, event.getClass().getSimpleName(), seq, (List<Part>) changed));
    }

    @Override
    public GuestLinkChange guestLinks(CafeEvent event) {
        if (event instanceof InvitationCreated created) {
            return new GuestLinkChange.LinkCreated(created.invitationId(), created.tokenHash(), created.expiresAt(),
                    created.maxUses());
        } else if (event instanceof InvitationRevoked revoked) {
            return new GuestLinkChange.LinkRevoked(revoked.invitationId());
        }
        return event instanceof GuestAdmitted admitted
                ? new GuestLinkChange.GuestLetIn(admitted.invitationId(), admitted.guestId(), admitted.displayName())
                : null;
    }

    @Override
    public List<String> joined(CafeEvent event) {
        if (event instanceof CafeJoined joined) {
            return List.of(joined.personId());
        }
        return event instanceof GuestAdmitted admitted ? List.of(admitted.guestId()) : List.of();
    }
}
