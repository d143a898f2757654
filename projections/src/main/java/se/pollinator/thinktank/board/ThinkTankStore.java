package se.pollinator.thinktank.board;

import org.springframework.stereotype.Repository;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionBoardStore.Header;
import se.pollinator.session.SessionItems;
import se.pollinator.session.SessionKind;
import se.pollinator.thinktank.ThinkTankPhase;
import se.pollinator.thinktank.board.ThinkTankBoard.Part;
import se.pollinator.thinktank.board.ThinkTankBoard.PartKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The think tanks' read model, kept in the session kernel's store: the header and each question,
 * insight, cluster and recommendation as a part of its own. It also answers for think tanks in
 * the kernel's access checks and directory.
 */
@Repository
public class ThinkTankStore extends KindBoardStore implements SessionItems {

    private static final Map<PartKind, Class<?>> TYPES = Map.of(PartKind.QUESTION, ThinkTankBoard.Question.class,
            PartKind.INSIGHT, ThinkTankBoard.Insight.class, PartKind.CLUSTER, ThinkTankBoard.Cluster.class,
            PartKind.RECOMMENDATION, ThinkTankBoard.Recommendation.class);

    public ThinkTankStore(SessionBoardStore store) {
        super(store, SessionKind.THINK_TANK);
    }

    @Override
    public JoinRule joinRule() {
        return JoinRule.MODULE_PEOPLE;
    }

    /** The stored board. */
    public Optional<ThinkTankBoard> board(String thinkTankId) {
        return load(thinkTankId, header -> {
            ThinkTankBoard board = new ThinkTankBoard();
            board.header = read(header, ThinkTankBoard.Header.class);
            return board;
        }, (board, kind, json) -> {
            Object value = read(json, TYPES.get(PartKind.valueOf(kind)));
            if (value instanceof ThinkTankBoard.Question question) {
                board.questions.put(question.id, question);
            } else if (value instanceof ThinkTankBoard.Insight insight) {
                board.insights.put(insight.id, insight);
            } else if (value instanceof ThinkTankBoard.Cluster cluster) {
                board.clusters.put(cluster.id, cluster);
            } else if (value instanceof ThinkTankBoard.Recommendation recommendation) {
                board.recommendations.put(recommendation.id, recommendation);
            }
        });
    }

    long seq(String thinkTankId) {
        return store.seq(thinkTankId);
    }

    /** Stores the header and the parts an event changed. */
    void save(ThinkTankBoard board, boolean isNew, List<Part> changed, Instant at) {
        ThinkTankBoard.Header h = board.header;
        Header header = new Header(h.sessionId, SessionKind.THINK_TANK, h.seq, h.title, h.module,
                h.municipalities.size() == 1 ? h.municipalities.get(0) : null, h.scheduledAt, h.phase.name(),
                h.phase == ThinkTankPhase.CLOSED, h.facilitatorId, h.createdAt, at, write(h));
        save(header, isNew, changed, part -> value(board, part));
    }

    void addMember(String thinkTankId, String personId) {
        store.addMember(thinkTankId, personId);
    }

    void invite(String thinkTankId, String personId) {
        store.invite(thinkTankId, personId);
    }

    void deleteAll() {
        store.deleteAll(SessionKind.THINK_TANK);
    }

    /** A closed think tank's recommendations, which it published; drafts are no source yet. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return board(sessionId).filter(board -> board.header.phase == ThinkTankPhase.CLOSED)
                .map(board -> board.recommendations.values().stream().map(recommendation -> new SessionItem(
                        sessionId, recommendation.id, "RECOMMENDATION", recommendation.text, board.header.title))
                        .toList()).orElse(List.of());
    }

    private static Object value(ThinkTankBoard board, Part part) {
        return switch (part.kind()) {
            case QUESTION -> board.questions.get(part.id());
            case INSIGHT -> board.insights.get(part.id());
            case CLUSTER -> board.clusters.get(part.id());
            case RECOMMENDATION -> board.recommendations.get(part.id());
        };
    }
}
