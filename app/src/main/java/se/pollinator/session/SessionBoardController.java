package se.pollinator.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.live.Presence;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.AsOf;

import java.util.List;

/** Any session's board, now or as of any point in its history, and who has it open. */
@RestController
@RequestMapping("/api/sessions/{id}")
@Tag(name = "Sessions", description = "Every kind of session: its board, its history, who is there")
public class SessionBoardController {

    private final SessionAccess access;
    private final List<SessionBoardReader> readers;
    private final EventStore events;
    private final Presence presence;

    public SessionBoardController(SessionAccess access, List<SessionBoardReader> readers, EventStore events,
                                  Presence presence) {
        this.access = access;
        this.readers = readers;
        this.events = events;
        this.presence = presence;
    }

    @Operation(summary = "The board, as the caller may see it",
            description = "Without asOf: the live board. With asOf: the board as it stood after that event "
                    + "(a sequence number) or at that time (an ISO-8601 instant), folded from the session's first "
                    + "event by the same fold as the live board. Every board says its kind and seq.")
    @GetMapping("/board")
    @ForGuests
    public Object board(@PathVariable String id,
                        @Parameter(description = "a sequence number in the session's history, or an ISO-8601 "
                                + "instant such as 2026-11-27T10:00:00Z")
                        @RequestParam(required = false) String asOf,
                        @AuthenticationPrincipal SignedIn me) {
        access.requireView(me.person(), id);
        if (asOf == null) {
            return readers.stream().flatMap(reader -> reader.live(id, me.person()).stream()).findFirst()
                    .orElseThrow(() -> SessionAccess.unknownSession(id));
        }
        // From sequence 0: readEvents(id) would start at the latest snapshot, whose events the fold must not miss.
        List<DomainEventMessage<?>> upTo = events.readEvents(id, 0).asStream()
                .takeWhile(AsOf.upTo(asOf)).<DomainEventMessage<?>>map(message -> message).toList();
        if (upTo.isEmpty()) {
            throw RuleViolation.notFound("history.before-start", "Session %s did not exist yet at %s.", id, asOf);
        }
        return readers.stream().flatMap(reader -> reader.history(id, upTo, me.person()).stream()).findFirst()
                .orElseThrow(() -> SessionAccess.unknownSession(id));
    }

    @Operation(summary = "Who has the session open now")
    @GetMapping("/presence")
    @ForGuests
    public Presence.Snapshot present(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        access.requireView(me.person(), id);
        return presence.on(id);
    }
}
