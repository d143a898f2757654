package se.pollinator.thinktank;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.session.SessionBoardReader;
import se.pollinator.session.SessionKind;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.board.ThinkTankBoard;
import se.pollinator.thinktank.board.ThinkTankStore;
import se.pollinator.thinktank.board.ThinkTankView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Think tanks' boards for the session kernel: live from the read model, past by the same fold. */
@Component
public class ThinkTankBoards implements SessionBoardReader {

    private final ThinkTankStore store;
    private final PeopleStore people;

    public ThinkTankBoards(ThinkTankStore store, PeopleStore people) {
        this.store = store;
        this.people = people;
    }

    /** A think tank's board with the names of everyone it mentions and who is asking. */
    public record ThinkTankResponse(@com.fasterxml.jackson.annotation.JsonUnwrapped ThinkTankView board,
                                    Map<String, String> people, String you) {
    }

    @Override
    public SessionKind kind() {
        return SessionKind.THINK_TANK;
    }

    @Override
    public Optional<Object> live(String sessionId, Person viewer) {
        return store.read(sessionId, ThinkTankView::of).map(view -> answer(view, viewer));
    }

    @Override
    public Optional<Object> history(String sessionId, List<DomainEventMessage<?>> events, Person viewer) {
        List<ThinkTankBoard.Sequenced> own = events.stream().filter(m -> m.getPayload() instanceof ThinkTankEvent)
                .map(m -> new ThinkTankBoard.Sequenced(m.getSequenceNumber(), (ThinkTankEvent) m.getPayload(),
                        m.getTimestamp())).toList();
        return own.isEmpty() ? Optional.empty() : Optional.of(answer(ThinkTankView.of(ThinkTankBoard.of(own)), viewer));
    }

    private ThinkTankResponse answer(ThinkTankView view, Person viewer) {
        Set<String> mentioned = new LinkedHashSet<>(view.participants());
        mentioned.addAll(view.experts());
        mentioned.add(view.facilitatorId());
        view.insights().forEach(insight -> {
            mentioned.add(insight.authorId());
            insight.comments().forEach(comment -> mentioned.add(comment.authorId()));
        });
        view.recommendations().forEach(recommendation -> mentioned.add(recommendation.authorId()));
        return new ThinkTankResponse(view, people.displayNames(mentioned), viewer.id());
    }
}
