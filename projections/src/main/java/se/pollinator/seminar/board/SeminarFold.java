package se.pollinator.seminar.board;

import com.fasterxml.jackson.core.type.TypeReference;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;
import se.pollinator.seminar.SeminarEvents.SeminarGuestAdmitted;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationCreated;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationRevoked;
import se.pollinator.seminar.SeminarEvents.SeminarJoined;
import se.pollinator.seminar.SeminarPhase;
import se.pollinator.seminar.board.SeminarBoard.Part;
import se.pollinator.seminar.board.SeminarBoard.PartKind;
import se.pollinator.session.GuestLinkChange;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionFold;
import se.pollinator.session.SessionHeader;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionPart;

import com.fasterxml.jackson.core.type.TypeReference;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/** The seminar's fold as the kernel's read side asks for it. */
final class SeminarFold implements SessionFold<SeminarEvent, SeminarBoard> {

    /** What each kind of part is read back as; votes and ballots keep the order they came in. */
    private static final Map<PartKind, Type> TYPES = Map.of(PartKind.PARTICIPANT, String.class,
            PartKind.GUEST, String.class, PartKind.QUESTION, SeminarBoard.Question.class,
            PartKind.VOTER, new TypeReference<LinkedHashSet<String>>() { }.getType(),
            PartKind.POLL, SeminarBoard.Poll.class,
            PartKind.BALLOT, new TypeReference<LinkedHashMap<String, List<String>>>() { }.getType());

    @Override
    public SessionKind kind() {
        return SessionKind.SEMINAR;
    }

    @Override
    public Class<SeminarEvent> eventType() {
        return SeminarEvent.class;
    }

    @Override
    public String sessionIdOf(SeminarEvent event) {
        return event.seminarId();
    }

    @Override
    public SeminarBoard newBoard() {
        return new SeminarBoard();
    }

    @Override
    public long seq(SeminarBoard board) {
        return board.header.seq;
    }

    @Override
    public List<Part> apply(SeminarBoard board, SeminarEvent event, long seq, Instant at) {
        return board.apply(event, seq, at);
    }

    @Override
    public SessionHeader header(SeminarBoard board) {
        SeminarBoard.Header h = board.header;
        return new SessionHeader(h.title, h.module, h.municipalities.size() == 1 ? h.municipalities.get(0) : null,
                h.scheduledAt, h.phase.name(), h.phase == SeminarPhase.CLOSED, h.facilitatorId);
    }

    @Override
    public Object storedHeader(SeminarBoard board) {
        return board.header;
    }

    @Override
    public Class<?> storedHeaderType() {
        return SeminarBoard.Header.class;
    }

    @Override
    public SeminarBoard fromStoredHeader(Object header) {
        SeminarBoard board = new SeminarBoard();
        board.header = (SeminarBoard.Header) header;
        return board;
    }

    @Override
    public Object storedPart(SeminarBoard board, SessionPart part) {
        return switch ((PartKind) part.kind()) {
            case PARTICIPANT -> board.participants.contains(part.id()) ? part.id() : null;
            case GUEST -> board.guests.get(part.id());
            case QUESTION -> board.questions.get(part.id());
            case VOTER -> board.votes.get(part.id());
            case POLL -> board.polls.get(part.id());
            case BALLOT -> board.ballots.get(part.id());
        };
    }

    @Override
    public Type storedPartType(String partKind) {
        return TYPES.get(PartKind.valueOf(partKind));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restorePart(SeminarBoard board, String partKind, String partId, Object value) {
        switch (PartKind.valueOf(partKind)) {
            case PARTICIPANT -> board.participants.add(partId);
            case GUEST -> board.guests.put(partId, (String) value);
            case QUESTION -> board.questions.put(partId, (SeminarBoard.Question) value);
            case VOTER -> board.votes.put(partId, (Set<String>) value);
            case POLL -> board.polls.put(partId, (SeminarBoard.Poll) value);
            case BALLOT -> board.ballots.put(partId, (Map<String, List<String>>) value);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SessionChange change(SeminarBoard board, SeminarEvent event, long seq, List<? extends SessionPart> changed) {
        return SeminarView.change(board, event, seq, (List<Part>) changed);
    }

    @Override
    public List<String> joined(SeminarEvent event) {
        if (event instanceof SeminarGuestAdmitted admitted) {
            return List.of(admitted.guestId());
        }
        return event instanceof SeminarJoined joined ? List.of(joined.personId()) : List.of();
    }

    @Override
    public GuestLinkChange guestLinks(SeminarEvent event) {
        if (event instanceof SeminarInvitationCreated created) {
            return new GuestLinkChange.LinkCreated(created.invitationId(), created.tokenHash(), created.expiresAt(),
                    created.maxUses());
        } else if (event instanceof SeminarInvitationRevoked revoked) {
            return new GuestLinkChange.LinkRevoked(revoked.invitationId());
        }
        return event instanceof SeminarGuestAdmitted admitted
                ? new GuestLinkChange.GuestLetIn(admitted.invitationId(), admitted.guestId(), admitted.displayName())
                : null;
    }
}
