package se.pollinator.cafe;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.cafe.board.CafeBoard;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.cafe.board.CafeView;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.session.SessionBoardReader;
import se.pollinator.session.SessionKind;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Cafés' boards for the session kernel: live from the read model, past by the same fold. */
@Component
public class CafeBoards implements SessionBoardReader {

    private final CafeStore store;
    private final PeopleStore people;

    public CafeBoards(CafeStore store, PeopleStore people) {
        this.store = store;
        this.people = people;
    }

    /** A café's board with the names of everyone on it (guests by the names they chose) and who is asking. */
    public record CafeResponse(@JsonUnwrapped CafeView board, Map<String, String> people, String you) {
    }

    @Override
    public SessionKind kind() {
        return SessionKind.CAFE;
    }

    @Override
    public Optional<Object> live(String sessionId, Person viewer) {
        return store.read(sessionId, CafeView::of).map(view -> answer(view, viewer));
    }

    @Override
    public Optional<Object> history(String sessionId, List<DomainEventMessage<?>> events, Person viewer) {
        List<CafeBoard.Sequenced> own = events.stream().filter(m -> m.getPayload() instanceof CafeEvent)
                .map(m -> new CafeBoard.Sequenced(m.getSequenceNumber(), (CafeEvent) m.getPayload(), m.getTimestamp()))
                .toList();
        return own.isEmpty() ? Optional.empty() : Optional.of(answer(CafeView.of(CafeBoard.of(own)), viewer));
    }

    private CafeResponse answer(CafeView view, Person viewer) {
        Map<String, String> guests = new HashMap<>();
        Set<String> members = new LinkedHashSet<>();
        view.members().forEach(member -> {
            if (member.guestName() == null) {
                members.add(member.id());
            } else {
                guests.put(member.id(), member.guestName());
            }
        });
        members.add(view.facilitatorId());
        view.tables().forEach(table -> {
            if (table.hostId() != null) {
                members.add(table.hostId());
            }
        });
        members.removeAll(guests.keySet());
        Map<String, String> names = new HashMap<>(people.displayNames(members));
        names.putAll(guests);
        return new CafeResponse(view, names, viewer.id());
    }
}
