package se.pollinator.cafe;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.cafe.CafeCommands.AssignSeats;
import se.pollinator.cafe.CafeCommands.SetTableHost;
import se.pollinator.cafe.CafeCommands.CloseCafe;
import se.pollinator.cafe.CafeCommands.CreateCafe;
import se.pollinator.cafe.CafeCommands.EndRound;
import se.pollinator.cafe.CafeCommands.HarvestInsight;
import se.pollinator.cafe.CafeCommands.JoinCafe;
import se.pollinator.cafe.CafeCommands.NewTable;
import se.pollinator.cafe.CafeCommands.PostNote;
import se.pollinator.cafe.CafeCommands.StartHarvest;
import se.pollinator.cafe.CafeCommands.StartRound;
import se.pollinator.cafe.CafeCommands.SummariseTable;
import se.pollinator.cafe.CafeCommands.TakeSeat;
import se.pollinator.cafe.board.CafeBoard;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammePlaces;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.rules.RuleViolation;
import se.pollinator.session.ForGuests;
import se.pollinator.session.GuestController;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionGuests;
import se.pollinator.session.SessionKind;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Commands on cafés. Every one answers only once its events are stored. */
@RestController
@RequestMapping("/api/cafes")
@Tag(name = "Cafés", description = "World Cafés on the external platform: tables, rounds, notes, harvest, guests")
public class CafeController {

    private final Commands commands;
    private final CafeStore cafes;
    private final PeopleStore people;
    private final ProgrammeStore programme;
    private final SessionGuests guests;
    private final Clock clock;

    public CafeController(Commands commands, CafeStore cafes, PeopleStore people, ProgrammeStore programme,
                          SessionGuests guests, Clock clock) {
        this.programme = programme;
        this.commands = commands;
        this.cafes = cafes;
        this.people = people;
        this.guests = guests;
        this.clock = clock;
    }

    public record Table(String question, String hostId) {
    }

    public record NewCafe(String title, String theme, String description, List<Table> tables, Instant scheduledAt,
                          Integer module, List<String> municipalities) {
    }

    public record NewInvitation(Instant expiresAt, Integer maxUses) {
    }

    public record Seat(String tableId) {
    }

    public record Seats(Map<String, String> seats) {
    }

    public record Text(String text) {
    }

    public record Round(Integer seconds) {
    }

    public record Harvested(String text, List<String> noteIds) {
    }

    @Operation(summary = "Open a café (facilitators, admins): its theme and tables, each with a question and a host")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> create(@RequestBody NewCafe request, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireMayOpen(me.person());
        List<NewTable> tables = new ArrayList<>();
        for (Table table : request.tables() == null ? List.<Table>of() : request.tables()) {
            if (table.hostId() != null) {
                requireHost(table.hostId());
            }
            tables.add(new NewTable(UUID.randomUUID().toString(), table.question(), table.hostId()));
        }
        List<String> municipalities = ProgrammePlaces.require(programme, request.module(), request.municipalities());
        String id = UUID.randomUUID().toString();
        Map<String, String> created = commands.send(new CreateCafe(id, me.personId(), request.title(), request.theme(),
                request.description(), request.scheduledAt(), tables, request.module(), municipalities), me,
                Map.of("id", id));
        ReadYourWrites.await(() -> cafes.isMember(created.get("id"), me.personId()));
        return created;
    }

    @Operation(summary = "Join a café (people of the programme; guests come through an invitation link)")
    @PostMapping("/{id}/participants")
    public Map<String, String> join(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireTakesPart(me.person());
        commands.send(new JoinCafe(id, me.personId()), me);
        ReadYourWrites.await(() -> cafes.isMember(id, me.personId()));
        return Map.of("id", me.personId());
    }

    @Operation(summary = "Create an invitation link for guests (facilitator): it expires, may have a maximum of uses, "
            + "and can be revoked; the token is shown only now")
    @PostMapping("/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    public SessionGuests.Invitation invite(@PathVariable String id,
                                           @RequestBody(required = false) NewInvitation request,
                                           @AuthenticationPrincipal SignedIn me, HttpServletRequest http) {
        return guests.invite(id, SessionKind.CAFE, request == null ? null : request.expiresAt(),
                request == null ? null : request.maxUses(), GuestController.origin(http), me);
    }

    @Operation(summary = "Revoke an invitation link (facilitator): its guests lose access at once, live connections too")
    @DeleteMapping("/{id}/invitations/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @PathVariable String token, @AuthenticationPrincipal SignedIn me) {
        guests.revoke(id, token, me);
    }

    @Operation(summary = "Start a round with its timer (facilitator)")
    @PostMapping("/{id}/rounds")
    public void startRound(@PathVariable String id, @RequestBody Round round, @AuthenticationPrincipal SignedIn me) {
        if (round == null || round.seconds() == null) {
            throw RuleViolation.invalid("timer.seconds-required", "The timer needs 'seconds'.");
        }
        Instant now = clock.instant();
        commands.send(new StartRound(id, me.personId(), now, now.plusSeconds(round.seconds())), me);
    }

    @Operation(summary = "End the running round (facilitator)")
    @PostMapping("/{id}/rounds/end")
    public void endRound(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        commands.send(new EndRound(id, me.personId()), me);
    }

    @Operation(summary = "Sit down at a table (participants and guests; hosts stay at theirs)")
    @PostMapping("/{id}/seats")
    @ForGuests
    public void sit(@PathVariable String id, @RequestBody Seat seat, @AuthenticationPrincipal SignedIn me) {
        commands.send(new TakeSeat(id, me.personId(), seat == null ? null : seat.tableId()), me);
    }

    @Operation(summary = "Seat people (facilitator): person id to table id")
    @PutMapping("/{id}/seats")
    public void seat(@PathVariable String id, @RequestBody Seats seats, @AuthenticationPrincipal SignedIn me) {
        commands.send(new AssignSeats(id, me.personId(), seats == null ? null : seats.seats()), me);
    }

    public record HostChoice(String hostId) {
    }

    @Operation(summary = "Give a table its host, or none with {\"hostId\": null} (facilitator), before a round or "
            + "between rounds; the host joins the café")
    @PutMapping("/{id}/tables/{tableId}/host")
    public void setHost(@PathVariable String id, @PathVariable String tableId, @RequestBody HostChoice choice,
                        @AuthenticationPrincipal SignedIn me) {
        String hostId = choice == null ? null : choice.hostId();
        if (hostId != null) {
            requireHost(hostId);
        }
        commands.send(new SetTableHost(id, me.personId(), tableId, hostId), me);
        ReadYourWrites.await(() -> cafes.read(id, board -> board.tables.get(tableId) == null
                || java.util.Objects.equals(board.tables.get(tableId).hostId, hostId)).orElse(true));
    }

    /** A host is a person who takes part in the programme. */
    private void requireHost(String hostId) {
        SessionAccess.requireTakesPart(people.byId(hostId).orElseThrow(() -> RuleViolation.notFound(
                "participant.unknown-person", "There is no person %s to add.", hostId)));
    }

    @Operation(summary = "Shuffle (facilitator): the hosts stay, everybody else is seated to meet as many new "
            + "people as the tables allow")
    @PostMapping("/{id}/seats/shuffle")
    public Map<String, String> shuffle(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        Map<String, String> seats = cafes.read(id, CafeController::shuffled)
                .orElseThrow(() -> SessionAccess.unknownSession(id));
        if (!seats.isEmpty()) {
            commands.send(new AssignSeats(id, me.personId(), seats), me);
        }
        return seats;
    }

    private static Map<String, String> shuffled(CafeBoard board) {
        Map<String, String> hosts = new LinkedHashMap<>();
        board.tables.values().forEach(table -> {
            if (table.hostId != null) {
                hosts.put(table.id, table.hostId);
            }
        });
        List<String> people = board.participants().stream()
                .filter(person -> !hosts.containsValue(person) && !person.equals(board.header.facilitatorId)).toList();
        return Seating.shuffle(new ArrayList<>(board.tables.keySet()), hosts, board.seats(), people);
    }

    @Operation(summary = "Write a note at one's table during a round (participants and guests)")
    @PostMapping("/{id}/notes")
    @ForGuests
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> note(@PathVariable String id, @RequestBody Text body, @AuthenticationPrincipal SignedIn me) {
        String noteId = UUID.randomUUID().toString();
        return commands.send(new PostNote(id, me.personId(), noteId, body == null ? null : body.text()), me,
                Map.of("id", noteId));
    }

    @Operation(summary = "Summarise one's table for the current round (its host)")
    @PostMapping("/{id}/tables/{tableId}/summary")
    public void summarise(@PathVariable String id, @PathVariable String tableId, @RequestBody Text body,
                          @AuthenticationPrincipal SignedIn me) {
        commands.send(new SummariseTable(id, me.personId(), tableId, body == null ? null : body.text()), me);
    }

    @Operation(summary = "Start the harvest, after the rounds (facilitator)")
    @PostMapping("/{id}/harvest")
    public void harvest(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        commands.send(new StartHarvest(id, me.personId()), me);
    }

    @Operation(summary = "Harvest a key insight with the notes it came from (facilitator); once the café is closed "
            + "it may be the source of a plan change")
    @PostMapping("/{id}/harvest/insights")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> insight(@PathVariable String id, @RequestBody Harvested body,
                                       @AuthenticationPrincipal SignedIn me) {
        String insightId = UUID.randomUUID().toString();
        return commands.send(new HarvestInsight(id, me.personId(), insightId, body.text(), body.noteIds()), me,
                Map.of("id", insightId));
    }

    @Operation(summary = "Close the café (facilitator)")
    @PostMapping("/{id}/close")
    public void close(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        commands.send(new CloseCafe(id, me.personId()), me);
    }
}
