package se.pollinator.retro.board;

import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionFold;
import se.pollinator.session.SessionHeader;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionPart;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The retro's fold as the kernel's read side asks for it. */
final class RetroFold implements SessionFold<RetroEvent, Board> {

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
    public String writeHeader(Board board) {
        return BoardJson.writeHeader(board);
    }

    @Override
    public Board readHeader(String json) {
        return BoardJson.readHeader(json);
    }

    @Override
    public String writePart(Board board, SessionPart part) {
        Object value = board.part((Board.Part) part);
        return value == null ? null : BoardJson.writePart(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restorePart(Board board, String partKind, String partId, String json) {
        Board.Part.Kind kind = Board.Part.Kind.valueOf(partKind);
        Object value = BoardJson.readPart(kind, json);
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
