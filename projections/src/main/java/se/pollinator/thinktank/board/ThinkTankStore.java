package se.pollinator.thinktank.board;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import se.pollinator.session.KindBoardStore;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionItems;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.ThinkTankPhase;

import java.util.List;

/**
 * The think tanks' read model, kept in the session kernel's store: the header and each question,
 * insight, cluster and recommendation as a part of its own. It also answers for think tanks in
 * the kernel's access checks and directory.
 */
@Repository
public class ThinkTankStore extends KindBoardStore<ThinkTankEvent, ThinkTankBoard> implements SessionItems {

    public ThinkTankStore(SessionBoardStore store, Savepoint savepoint, ObjectProvider<SessionChangeListener> listeners) {
        super(store, new ThinkTankFold(), savepoint, listeners);
    }

    @Override
    public JoinRule joinRule() {
        return JoinRule.MODULE_PEOPLE;
    }

    /** A closed think tank's recommendations, which it published; drafts are no source yet. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> board.header.phase != ThinkTankPhase.CLOSED ? List.<SessionItem>of()
                : board.recommendations.values().stream().map(recommendation -> new SessionItem(sessionId,
                        recommendation.id, "RECOMMENDATION", recommendation.text, board.header.title)).toList())
                .orElse(List.of());
    }
}
