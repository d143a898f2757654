package se.pollinator.seminar.board;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.seminar.QuestionState;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionGuestStore;
import se.pollinator.session.SessionItems;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seminars' read model, kept in the session kernel's store. It also answers for seminars in
 * the kernel's access checks, directory and plan sources: an answered question, and a closed
 * poll's result.
 */
@Repository
public class SeminarStore extends KindBoardStore<SeminarEvent, SeminarBoard> implements SessionItems {

    public SeminarStore(SessionBoardStore store, SessionGuestStore guests, Savepoint savepoint,
                        ObjectProvider<SessionChangeListener> listeners) {
        super(store, new SeminarFold(), savepoint, listeners);
        keepGuestsIn(guests);
    }

    @Override
    public JoinRule joinRule() {
        return JoinRule.ANYONE_TAKING_PART;
    }

    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> {
            List<SessionItem> items = new ArrayList<>();
            board.questions.values().stream().filter(q -> q.state == QuestionState.ANSWERED).forEach(q ->
                    items.add(new SessionItem(sessionId, q.id, "SEMINAR_ANSWER",
                            q.answer == null ? q.text : q.text + " — " + q.answer, board.header.title)));
            board.polls.values().stream().filter(poll -> poll.state == SeminarBoard.PollState.CLOSED).forEach(poll ->
                    items.add(new SessionItem(sessionId, poll.id, "POLL_RESULT", poll.question + ": "
                            + poll.options.stream().map(option -> option.text + " " + option.votes)
                            .collect(Collectors.joining(", ")), board.header.title)));
            return items;
        }).orElse(List.of());
    }
}
