package se.pollinator.cafe.board;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionGuestStore;
import se.pollinator.session.SessionItems;

import java.util.List;

/**
 * The cafés' read model: boards in the session kernel's store, their guests in the kernel's guest
 * store. It also answers for cafés in the kernel's access checks, directory and
 * plan sources (a closed café's harvest).
 */
@Repository
public class CafeStore extends KindBoardStore<CafeEvent, CafeBoard> implements SessionItems {

    public CafeStore(SessionBoardStore store, SessionGuestStore guests, Savepoint savepoint,
                     ObjectProvider<SessionChangeListener> listeners) {
        super(store, new CafeFold(), savepoint, listeners);
        keepGuestsIn(guests);
    }

    @Override
    public JoinRule joinRule() {
        return JoinRule.ANYONE_TAKING_PART;
    }

    /** A closed café's harvest, which it published. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> !board.header.closed ? List.<SessionItem>of() : board.insights.values()
                .stream().map(insight -> new SessionItem(sessionId, insight.id, "CAFE_INSIGHT", insight.text,
                        board.header.title)).toList()).orElse(List.of());
    }
}
