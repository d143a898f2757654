package se.pollinator.retro.board;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionItems;
import se.pollinator.session.SessionListing;

import java.util.List;

/**
 * The retros' boards, kept in the session kernel's store: per retro a header and one part per
 * participant, card, group, voter's votes, decision, action item and review. It also answers for
 * retros in the kernel's access checks, directory and plan sources.
 */
@Repository
public class BoardStore extends KindBoardStore<RetroEvent, Board> implements SessionItems {

    public BoardStore(SessionBoardStore store, Savepoint savepoint, ObjectProvider<SessionChangeListener> listeners) {
        super(store, new RetroFold(), savepoint, listeners);
    }

    /** A retro's decisions and action items. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> board.outcomes().stream().map(outcome -> new SessionItem(sessionId,
                outcome.id(), outcome.kind(), outcome.text(), board.title())).toList()).orElse(List.of());
    }

    /** Retros the person takes part in, newest first. */
    public List<RetroSummary> retrosOf(String personId) {
        return listedFor(personId).stream().map(BoardStore::summary).toList();
    }

    /** Every retro, newest first. */
    public List<RetroSummary> all() {
        return listedAll().stream().map(BoardStore::summary).toList();
    }

    private static RetroSummary summary(SessionListing listed) {
        return new RetroSummary(listed.id(), listed.title(), listed.module() == null ? 0 : listed.module(),
                listed.municipality(), listed.scheduledAt(), Phase.valueOf(listed.state()), listed.facilitatorId(),
                listed.createdAt(), listed.updatedAt(), listed.participants());
    }
}
