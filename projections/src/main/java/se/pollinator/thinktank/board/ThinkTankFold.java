package se.pollinator.thinktank.board;

import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionFold;
import se.pollinator.session.SessionHeader;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionPart;
import se.pollinator.thinktank.ThinkTankEvents.ExpertInvited;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankJoined;
import se.pollinator.thinktank.ThinkTankPhase;
import se.pollinator.thinktank.board.ThinkTankBoard.Part;
import se.pollinator.thinktank.board.ThinkTankBoard.PartKind;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;


/** The think tank's fold as the kernel's read side asks for it. */
final class ThinkTankFold implements SessionFold<ThinkTankEvent, ThinkTankBoard> {

    private static final Map<PartKind, Class<?>> TYPES = Map.of(PartKind.QUESTION, ThinkTankBoard.Question.class,
            PartKind.INSIGHT, ThinkTankBoard.Insight.class, PartKind.CLUSTER, ThinkTankBoard.Cluster.class,
            PartKind.RECOMMENDATION, ThinkTankBoard.Recommendation.class);

    /** A think tank's change: one typed message for everybody, nothing personal. */
    public record ThinkTankChange(String sessionId, long seq, SessionMessage shared) implements SessionChange {
        @Override
        public List<Personal> personal() {
            return List.of();
        }
    }

    @Override
    public SessionKind kind() {
        return SessionKind.THINK_TANK;
    }

    @Override
    public Class<ThinkTankEvent> eventType() {
        return ThinkTankEvent.class;
    }

    @Override
    public String sessionIdOf(ThinkTankEvent event) {
        return event.thinkTankId();
    }

    @Override
    public ThinkTankBoard newBoard() {
        return new ThinkTankBoard();
    }

    @Override
    public long seq(ThinkTankBoard board) {
        return board.header.seq;
    }

    @Override
    public List<Part> apply(ThinkTankBoard board, ThinkTankEvent event, long seq, Instant at) {
        return board.apply(event, seq, at);
    }

    @Override
    public SessionHeader header(ThinkTankBoard board) {
        ThinkTankBoard.Header h = board.header;
        return new SessionHeader(h.title, h.module, h.municipalities.size() == 1 ? h.municipalities.get(0) : null,
                h.scheduledAt, h.phase.name(), h.phase == ThinkTankPhase.CLOSED, h.facilitatorId);
    }

    @Override
    public Object storedHeader(ThinkTankBoard board) {
        return board.header;
    }

    @Override
    public Class<?> storedHeaderType() {
        return ThinkTankBoard.Header.class;
    }

    @Override
    public ThinkTankBoard fromStoredHeader(Object header) {
        ThinkTankBoard board = new ThinkTankBoard();
        board.header = (ThinkTankBoard.Header) header;
        return board;
    }

    @Override
    public Object storedPart(ThinkTankBoard board, SessionPart part) {
        return switch ((PartKind) part.kind()) {
            case QUESTION -> board.questions.get(part.id());
            case INSIGHT -> board.insights.get(part.id());
            case CLUSTER -> board.clusters.get(part.id());
            case RECOMMENDATION -> board.recommendations.get(part.id());
        };
    }

    @Override
    public Type storedPartType(String partKind) {
        return TYPES.get(PartKind.valueOf(partKind));
    }

    @Override
    public void restorePart(ThinkTankBoard board, String partKind, String partId, Object value) {
        if (value instanceof ThinkTankBoard.Question question) {
            board.questions.put(question.id, question);
        } else if (value instanceof ThinkTankBoard.Insight insight) {
            board.insights.put(insight.id, insight);
        } else if (value instanceof ThinkTankBoard.Cluster cluster) {
            board.clusters.put(cluster.id, cluster);
        } else if (value instanceof ThinkTankBoard.Recommendation recommendation) {
            board.recommendations.put(recommendation.id, recommendation);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SessionChange change(ThinkTankBoard board, ThinkTankEvent event, long seq,
                                List<? extends SessionPart> changed) {
        return new ThinkTankChange(board.header.sessionId, seq,
                ThinkTankView.message(board, event.getClass().getSimpleName(), seq, (List<Part>) changed));
    }

    @Override
    public List<String> joined(ThinkTankEvent event) {
        return event instanceof ThinkTankJoined joined ? List.of(joined.personId()) : List.of();
    }

    @Override
    public List<String> invited(ThinkTankEvent event) {
        if (event instanceof ThinkTankCreated created) {
            return created.experts();
        }
        return event instanceof ExpertInvited invited ? List.of(invited.personId()) : List.of();
    }
}
