package se.pollinator.seminar;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;
import se.pollinator.seminar.board.SeminarBoard;
import se.pollinator.seminar.board.SeminarStore;
import se.pollinator.seminar.board.SeminarView;
import se.pollinator.session.SessionBoardReader;
import se.pollinator.session.SessionKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Seminars' boards for the session kernel: live from the read model, past by the same fold. */
@Component
public class SeminarBoards implements SessionBoardReader {

    private final SeminarStore store;
    private final PeopleStore people;

    public SeminarBoards(SeminarStore store, PeopleStore people) {
        this.store = store;
        this.people = people;
    }

    /**
     * A seminar's board with the names of the people it shows (its facilitator, moderators and the
     * authors of questions that are not anonymous), and who is asking. The audience is a count.
     */
    public record SeminarResponse(@JsonUnwrapped SeminarView board, Map<String, String> people, String you) {
    }

    @Override
    public SessionKind kind() {
        return SessionKind.SEMINAR;
    }

    @Override
    public Optional<Object> live(String sessionId, Person viewer) {
        return store.read(sessionId, board -> SeminarView.of(board, viewer.id())).map(view -> answer(view, viewer));
    }

    @Override
    public Optional<Object> history(String sessionId, List<DomainEventMessage<?>> events, Person viewer) {
        List<SeminarBoard.Sequenced> own = events.stream().filter(m -> m.getPayload() instanceof SeminarEvent)
                .map(m -> new SeminarBoard.Sequenced(m.getSequenceNumber(), (SeminarEvent) m.getPayload(),
                        m.getTimestamp())).toList();
        return own.isEmpty() ? Optional.empty()
                : Optional.of(answer(SeminarView.of(SeminarBoard.of(own), viewer.id()), viewer));
    }

    private SeminarResponse answer(SeminarView view, Person viewer) {
        Set<String> mentioned = new LinkedHashSet<>(view.moderators());
        mentioned.add(view.facilitatorId());
        view.questions().stream().filter(question -> question.authorId() != null)
                .forEach(question -> mentioned.add(question.authorId()));
        Map<String, String> names = new java.util.HashMap<>(people.displayNames(mentioned));
        names.putAll(view.guestNames());
        return new SeminarResponse(view, names, viewer.id());
    }
}
