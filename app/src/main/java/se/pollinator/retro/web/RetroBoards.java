package se.pollinator.retro.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.board.Board;
import se.pollinator.retro.board.BoardStore;
import se.pollinator.retro.board.BoardView;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionBoardReader;
import se.pollinator.session.SessionKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The retro's boards for the session kernel: live from the boards read model, past by the board fold. */
@Component
public class RetroBoards implements SessionBoardReader {

    private final BoardStore boards;
    private final SessionAccess access;
    private final PeopleStore people;

    public RetroBoards(BoardStore boards, SessionAccess access, PeopleStore people) {
        this.boards = boards;
        this.access = access;
        this.people = people;
    }

    /**
     * A board as the caller sees it, with the display names of everyone it mentions.
     *
     * @param you the caller's person id, so a page can tell its own cards and rights
     */
    public record BoardResponse(SessionKind kind, @JsonUnwrapped BoardView board, Map<String, String> people,
                                String you) {
    }

    @Override
    public SessionKind kind() {
        return SessionKind.RETRO;
    }

    @Override
    public Optional<Object> live(String sessionId, Person viewer) {
        return boards.read(sessionId, board -> BoardView.forViewer(board, viewer.id())).map(seen -> answer(seen, viewer));
    }

    @Override
    public Optional<Object> history(String sessionId, List<DomainEventMessage<?>> events, Person viewer) {
        List<Board.Sequenced> retro = events.stream().filter(message -> message.getPayload() instanceof RetroEvent)
                .map(message -> new Board.Sequenced(message.getSequenceNumber(), (RetroEvent) message.getPayload()))
                .toList();
        return retro.isEmpty() ? Optional.empty()
                : Optional.of(answer(BoardView.forViewer(Board.of(retro), viewer.id()), viewer));
    }

    /** The live board as the viewer may see it, typed, for the retro's own endpoints. */
    BoardResponse read(String sessionId, Person viewer) {
        access.requireView(viewer, sessionId);
        return live(sessionId, viewer).map(BoardResponse.class::cast)
                .orElseThrow(() -> SessionAccess.unknownSession(sessionId));
    }

    private BoardResponse answer(BoardView seen, Person viewer) {
        // Earlier action items come from other retros: each is shown only to who may see its retro.
        BoardView view = seen.withEarlierActions(action -> access.mayView(viewer, action.fromRetroId()));
        return new BoardResponse(SessionKind.RETRO, view, people.displayNames(mentioned(view)), viewer.id());
    }

    static Set<String> mentioned(BoardView view) {
        Set<String> ids = new LinkedHashSet<>(view.participants());
        ids.add(view.facilitatorId());
        view.cards().forEach(card -> {
            if (card.authorId() != null) {
                ids.add(card.authorId());
            }
        });
        view.actions().forEach(action -> ids.add(action.ownerId()));
        view.earlierActions().forEach(review -> ids.add(review.ownerId()));
        return ids;
    }
}
