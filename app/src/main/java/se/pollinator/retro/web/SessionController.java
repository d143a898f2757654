package se.pollinator.retro.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.live.Presence;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.board.Board;
import se.pollinator.retro.board.BoardStore;
import se.pollinator.retro.board.BoardView;
import se.pollinator.rules.RuleViolation;
import se.pollinator.session.SessionAccess;
import se.pollinator.web.AsOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads sessions as the caller may see them. */
@RestController
@RequestMapping("/api/sessions/{id}")
@Tag(name = "Sessions", description = "Boards and who is on them")
public class SessionController {

    private final BoardStore boards;
    private final SessionAccess access;
    private final PeopleStore people;
    private final Presence presence;
    private final EventStore events;
    private final ProgrammeStore programme;

    public SessionController(BoardStore boards, SessionAccess access, PeopleStore people, Presence presence,
                             EventStore events, ProgrammeStore programme) {
        this.boards = boards;
        this.access = access;
        this.people = people;
        this.presence = presence;
        this.events = events;
        this.programme = programme;
    }

    /**
     * A board as the caller sees it, with the display names of everyone it mentions.
     *
     * @param you the caller's person id, so a page can tell its own cards and rights
     */
    public record BoardResponse(@JsonUnwrapped BoardView board, Map<String, String> people, String you) {
    }

    @Operation(summary = "The board, as the caller may see it",
            description = "Without asOf: the live board. With asOf: the board as it stood after that event "
                    + "(a sequence number) or at that time (an ISO-8601 instant), folded from the session's first "
                    + "event by the same fold as the live board.")
    @GetMapping("/board")
    public BoardResponse board(@PathVariable String id,
                               @Parameter(description = "a sequence number in the session's history, or an ISO-8601 "
                                       + "instant such as 2026-11-27T10:00:00Z")
                               @RequestParam(required = false) String asOf,
                               @AuthenticationPrincipal SignedIn me) {
        access.requireView(me.person(), id);
        BoardView seen = asOf == null
                ? boards.read(id, board -> BoardView.forViewer(board, me.personId()))
                .orElseThrow(() -> SessionAccess.unknownSession(id))
                : BoardView.forViewer(history(id, asOf), me.personId());
        // Earlier action items come from other retros: each is shown only to who may see its retro.
        BoardView view = seen.withEarlierActions(action -> access.mayView(me.person(), action.fromRetroId()));
        return new BoardResponse(view, people.displayNames(mentioned(view)), me.personId());
    }

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Operation(summary = "What the retro came to, to take away",
            description = "Its topics by votes, decisions, action items with owners and due dates, the earlier "
                    + "action items it reviewed, and how many took part, as the caller may see them. By the Accept "
                    + "header: application/json (default), text/markdown (in Swedish when Accept-Language asks for "
                    + "it, else English) or text/csv, the latter two as a file to save.")
    @GetMapping(value = "/summary", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown", "text/csv"})
    public ResponseEntity<?> summary(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT,
                                             required = false) String accept,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                                     @AuthenticationPrincipal SignedIn me) {
        BoardResponse board = board(id, null, me);
        Summary summary = Summary.of(board.board(), people.displayNames(mentioned(board.board())),
                programme.municipalityName(board.board().municipality()));
        MediaType wanted = wanted(accept);
        if (wanted == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        }
        boolean markdown = wanted.isCompatibleWith(MARKDOWN);
        String body = markdown
                ? SummaryFormats.markdown(summary, language != null && language.toLowerCase().startsWith("sv"))
                : SummaryFormats.csv(summary);
        String file = "retro-" + summary.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + (markdown ? ".md" : ".csv");
        return ResponseEntity.ok().contentType(markdown ? MARKDOWN : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Markdown or CSV when the Accept header prefers one of them to JSON; null for JSON. */
    private static MediaType wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        MimeTypeUtils.sortBySpecificity(types);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return null;
            }
            if (MARKDOWN.isCompatibleWith(type) || CSV.isCompatibleWith(type)) {
                return type.isCompatibleWith(MARKDOWN) ? MARKDOWN : CSV;
            }
        }
        return null;
    }

    @Operation(summary = "Who has the board open now")
    @GetMapping("/presence")
    public List<Presence.Present> present(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        access.requireView(me.person(), id);
        return presence.on(id);
    }

    /**
     * Folds the session's events up to a point. It reads from sequence 0: {@code readEvents(id)}
     * would start at the latest snapshot, whose events the fold must not miss.
     */
    private Board history(String id, String asOf) {
        Predicate<DomainEventMessage<?>> upToThePoint = AsOf.upTo(asOf);
        List<Board.Sequenced> upTo = new ArrayList<>();
        events.readEvents(id, 0).asStream()
                .takeWhile(upToThePoint)
                .filter(message -> message.getPayload() instanceof RetroEvent)
                .forEach(message -> upTo.add(sequenced(message)));
        if (upTo.isEmpty()) {
            throw RuleViolation.notFound("history.before-start", "Session %s did not exist yet at %s.", id, asOf);
        }
        return Board.of(upTo);
    }

    private static Board.Sequenced sequenced(DomainEventMessage<?> message) {
        return new Board.Sequenced(message.getSequenceNumber(), (RetroEvent) message.getPayload());
    }

    private static Set<String> mentioned(BoardView view) {
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
