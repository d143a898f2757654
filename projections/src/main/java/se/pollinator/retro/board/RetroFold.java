package se.pollinator.retro.board;

import com.fasterxml.jackson.core.type.TypeReference;
import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionFold;
import se.pollinator.session.SessionHeader;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionPart;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The retro's fold as the kernel's read side asks for it. */
final class RetroFold implements SessionFold<RetroEvent, Board> {

    private static final Map<Board.Part.Kind, Type> TYPES = Map.of(
            Board.Part.Kind.PARTICIPANT, String.class,
            Board.Part.Kind.CARD, Board.Card.class,
            Board.Part.Kind.GROUP, Board.Group.class,
            Board.Part.Kind.VOTER, new TypeReference<Map<String, Integer>>() { }.getType(),
            Board.Part.Kind.DECISION, Board.Decision.class,
            Board.Part.Kind.ACTION, Board.Action.class,
            Board.Part.Kind.REVIEW, Board.Review.class);

    @Override
    public SessionKind kind() {
        return SessionKind.RETRO;
    }

    @Override
    public Class<RetroEvent> eventType() {
        return RetroEvent.class;
    }

    @Override
    public String sessionIdOf(RetroEvent event) {
        return event.retroId();
    }

    @Override
    public Board newBoard() {
        return new Board();
    }

    @Override
    public long seq(Board board) {
        return board.seq();
    }

    @Override
    public List<Board.Part> apply(Board board, RetroEvent event, long seq, Instant at) {
        List<Board.Part> parts = Board.partsChangedBy(event);
        board.apply(event, seq);
        return parts;
    }

    @Override
    public SessionHeader header(Board board) {
        return new SessionHeader(board.title(), board.module(), board.municipality(), board.scheduledAt(),
                board.phase().name(), board.phase() == Phase.CLOSED, board.facilitatorId());
    }

    @Override
    public Object storedHeader(Board board) {
        return board;
    }

    @Override
    public Class<?> storedHeaderType() {
        return Board.class;
    }

    @Override
    public Board fromStoredHeader(Object header) {
        return (Board) header;
    }

    @Override
    public Object storedPart(Board board, SessionPart part) {
        return board.part((Board.Part) part);
    }

    @Override
    public Type storedPartType(String partKind) {
        return TYPES.get(Board.Part.Kind.valueOf(partKind));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restorePart(Board board, String partKind, String partId, Object value) {
        Board.Part.Kind kind = Board.Part.Kind.valueOf(partKind);
        if (kind == Board.Part.Kind.VOTER) {
            board.restoreVotes(partId, (Map<String, Integer>) value);
        } else {
            board.restore(kind, value);
        }
    }

    @Override
    public SessionChange change(Board board, RetroEvent event, long seq, List<? extends SessionPart> changed) {
        return BoardChange.of(board, event, seq);
    }

    @Override
    public List<String> joined(RetroEvent event) {
        return event instanceof ParticipantJoined joined ? List.of(joined.personId()) : List.of();
    }
}
