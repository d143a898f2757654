package se.pollinator.cafe;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.pollinator.cafe.CafeCommands.AdmitGuest;
import se.pollinator.cafe.CafeCommands.AssignSeats;
import se.pollinator.cafe.CafeCommands.CloseCafe;
import se.pollinator.cafe.CafeCommands.CreateCafe;
import se.pollinator.cafe.CafeCommands.CreateInvitation;
import se.pollinator.cafe.CafeCommands.EndRound;
import se.pollinator.cafe.CafeCommands.HarvestInsight;
import se.pollinator.cafe.CafeCommands.JoinCafe;
import se.pollinator.cafe.CafeCommands.NewTable;
import se.pollinator.cafe.CafeCommands.PostNote;
import se.pollinator.cafe.CafeCommands.RevokeInvitation;
import se.pollinator.cafe.CafeCommands.SetTableHost;
import se.pollinator.cafe.CafeCommands.StartHarvest;
import se.pollinator.cafe.CafeCommands.StartRound;
import se.pollinator.cafe.CafeCommands.SummariseTable;
import se.pollinator.cafe.CafeCommands.TakeSeat;
import se.pollinator.cafe.CafeEvents.CafeClosed;
import se.pollinator.cafe.CafeEvents.CafeCreated;
import se.pollinator.cafe.CafeEvents.CafeJoined;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.HarvestStarted;
import se.pollinator.cafe.CafeEvents.InsightHarvested;
import se.pollinator.cafe.CafeEvents.InvitationCreated;
import se.pollinator.cafe.CafeEvents.InvitationRevoked;
import se.pollinator.cafe.CafeEvents.NotePosted;
import se.pollinator.cafe.CafeEvents.RoundEnded;
import se.pollinator.cafe.CafeEvents.RoundStarted;
import se.pollinator.cafe.CafeEvents.Seated;
import se.pollinator.cafe.CafeEvents.TableHostSet;
import se.pollinator.cafe.CafeEvents.TableSummarised;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;
import se.pollinator.session.GuestLinks;
import se.pollinator.session.SessionRules;
import se.pollinator.session.SessionTimer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A café, run as a World Café: tables with a question and a host each, rounds in which everybody
 * sits at one table and writes notes there, hosts summarising their table, and a harvest of key
 * insights at the end. Guests come through invitation links that can expire, run out or be revoked.
 */
public class Cafe {

    public static final int MAX_TITLE = 200;
    public static final int MAX_THEME = 500;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_INSIGHT = 2000;
    public static final int MAX_DISPLAY_NAME = GuestLinks.MAX_DISPLAY_NAME;
    public static final int MAX_TABLES = 30;

    @AggregateIdentifier
    private String cafeId;
    private String facilitatorId;
    /** Table id to its host (or null). */
    private Map<String, String> tables = new HashMap<>();
    private Set<String> participants = new HashSet<>();
    /** Person (or guest) to the table they sit at. */
    private Map<String, String> seats = new HashMap<>();
    private int round;
    private boolean roundRunning;
    private boolean harvesting;
    private boolean closed;
    private Set<String> notes = new HashSet<>();
    private Set<String> itemIds = new HashSet<>();
    private GuestLinks guestLinks = new GuestLinks();

    /** What the rules need of an invitation. */

    protected Cafe() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Cafe(CreateCafe command) {
        Values.actor(command.byId());
        String title = Text.required("title", command.title(), MAX_TITLE);
        String theme = Text.required("theme", command.theme(), MAX_THEME);
        List<NewTable> tables = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NewTable table : command.tables() == null ? List.<NewTable>of() : command.tables()) {
            String id = Values.id("tableId", table.tableId());
            if (!ids.add(id)) {
                throw RuleViolation.conflict("id.taken", "The id %s is already used in this café.", id);
            }
            tables.add(new NewTable(id, Text.required("question", table.question(), MAX_QUESTION),
                    table.hostId() == null ? null : Values.id("hostId", table.hostId())));
        }
        if (tables.isEmpty()) {
            throw RuleViolation.invalid("cafe.table-required", "A café needs at least one table with a question.");
        }
        if (tables.size() > MAX_TABLES) {
            throw RuleViolation.invalid("cafe.too-many-tables", "A café has at most %s tables.", MAX_TABLES);
        }
        if (command.module() != null && command.module() < 1) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", command.module());
        }
        List<String> municipalities = new ArrayList<>();
        for (String municipality : command.municipalities() == null ? List.<String>of() : command.municipalities()) {
            Values.id("municipalities", municipality);
            if (!municipalities.contains(municipality)) {
                municipalities.add(municipality);
            }
        }
        apply(new CafeCreated(command.cafeId(), command.byId(), title, theme,
                Text.optional("description", command.description(), MAX_DESCRIPTION),
                Values.instant("scheduledAt", command.scheduledAt()), tables, command.module(), municipalities));
        apply(new CafeJoined(command.cafeId(), command.byId()));
        tables.stream().map(NewTable::hostId).filter(host -> host != null && !host.equals(command.byId())).distinct()
                .forEach(host -> apply(new CafeJoined(command.cafeId(), host)));
    }

    /**
     * Gives a table its host, or takes it away, before a round or between rounds: a host hosts one
     * table, and joins the café if they had not.
     */
    @CommandHandler
    public void handle(SetTableHost command) {
        requireFacilitator(command.byId(), "hosts", "choose the tables' hosts");
        requireOpen();
        requireNotHarvesting();
        requireTable(command.tableId());
        if (roundRunning) {
            throw RuleViolation.conflict("table.host-during-round", "A table's host changes between rounds, not during one.");
        }
        String host = command.hostId() == null ? null : Values.id("hostId", command.hostId());
        if (java.util.Objects.equals(tables.get(command.tableId()), host)) {
            return;
        }
        if (host != null && tables.entrySet().stream().anyMatch(table -> host.equals(table.getValue())
                && !table.getKey().equals(command.tableId()))) {
            throw RuleViolation.conflict("table.host-taken", "%s hosts another table already.", host);
        }
        if (host != null && !participants.contains(host)) {
            apply(new CafeJoined(cafeId, host));
        }
        apply(new TableHostSet(cafeId, command.tableId(), host, command.byId()));
    }

    @EventSourcingHandler
    void on(TableHostSet event) {
        tables.put(event.tableId(), event.hostId());
        if (event.hostId() != null) {
            // A host is at their own table, not seated at another.
            seats.remove(event.hostId());
        }
    }

    @CommandHandler
    public void handle(JoinCafe command) {
        Values.actor(command.byId());
        requireOpen();
        if (!participants.contains(command.byId())) {
            apply(new CafeJoined(cafeId, command.byId()));
        }
    }

    @CommandHandler
    public void handle(CreateInvitation command) {
        requireFacilitator(command.byId(), "invite", "invite guests");
        requireOpen();
        String id = newItem("invitationId", command.invitationId());
        GuestLinks.checkNew(command.tokenHash(), command.expiresAt(), command.maxUses());
        apply(new InvitationCreated(cafeId, id, command.tokenHash(), command.expiresAt(), command.maxUses(),
                command.byId()));
    }

    @CommandHandler
    public void handle(RevokeInvitation command) {
        requireFacilitator(command.byId(), "invite", "revoke invitations");
        if (guestLinks.needsRevoking(command.invitationId())) {
            apply(new InvitationRevoked(cafeId, command.invitationId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(AdmitGuest command) {
        requireOpen();
        String name = guestLinks.admit(command.invitationId(), command.tokenHash(), command.at(),
                command.displayName());
        apply(new GuestAdmitted(cafeId, command.invitationId(), Values.id("guestId", command.guestId()), name));
    }

    @CommandHandler
    public void handle(StartRound command) {
        requireFacilitator(command.byId(), "rounds", "start rounds");
        requireOpen();
        requireNotHarvesting();
        if (roundRunning) {
            throw RuleViolation.conflict("round.running", "Round %s is still running; end it first.", round);
        }
        SessionTimer.check(command.startsAt(), command.endsAt());
        apply(new RoundStarted(cafeId, round + 1, command.startsAt(), command.endsAt(), command.byId()));
    }

    @CommandHandler
    public void handle(EndRound command) {
        requireFacilitator(command.byId(), "rounds", "end rounds");
        requireOpen();
        if (!roundRunning) {
            throw RuleViolation.conflict("round.not-running", "No round is running.");
        }
        apply(new RoundEnded(cafeId, round, command.byId()));
    }

    @CommandHandler
    public void handle(TakeSeat command) {
        requireParticipant(command.byId());
        requireOpen();
        requireNotHarvesting();
        requireTable(command.tableId());
        if (tables.containsValue(command.byId())) {
            throw RuleViolation.conflict("seat.host-stays", "A host stays at their own table.");
        }
        if (!command.tableId().equals(seats.get(command.byId()))) {
            apply(new Seated(cafeId, command.byId(), command.tableId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(AssignSeats command) {
        requireFacilitator(command.byId(), "seats", "seat people");
        requireOpen();
        requireNotHarvesting();
        if (command.seats() == null || command.seats().isEmpty()) {
            throw RuleViolation.invalid("seat.none", "Say who sits where.");
        }
        command.seats().forEach((person, table) -> {
            if (!participants.contains(person)) {
                throw RuleViolation.notFound("seat.unknown-person", "%s has not joined the café.", person);
            }
            requireTable(table);
            if (tables.containsValue(person)) {
                throw RuleViolation.conflict("seat.host-stays", "A host stays at their own table.");
            }
        });
        command.seats().forEach((person, table) -> {
            if (!table.equals(seats.get(person))) {
                apply(new Seated(cafeId, person, table, command.byId()));
            }
        });
    }

    @CommandHandler
    public void handle(PostNote command) {
        requireParticipant(command.byId());
        requireOpen();
        if (!roundRunning) {
            throw RuleViolation.conflict("round.not-running", "Notes are written during a round; none is running.");
        }
        String table = tableOf(command.byId());
        if (table == null) {
            throw RuleViolation.conflict("seat.none", "Take a seat at a table first; notes are written at one's table.");
        }
        String id = newItem("noteId", command.noteId());
        apply(new NotePosted(cafeId, id, table, round, Text.required("note", command.text(), MAX_NOTE),
                command.byId()));
    }

    @CommandHandler
    public void handle(SummariseTable command) {
        Values.actor(command.byId());
        requireOpen();
        requireTable(command.tableId());
        if (!command.byId().equals(tables.get(command.tableId()))) {
            throw RuleViolation.forbidden("summary.host-only", "Only the table's host summarises it.");
        }
        if (round == 0) {
            throw RuleViolation.conflict("round.none-yet", "A table is summarised after a round; none has started.");
        }
        apply(new TableSummarised(cafeId, command.tableId(), round,
                Text.required("summary", command.text(), MAX_SUMMARY), command.byId()));
    }

    @CommandHandler
    public void handle(StartHarvest command) {
        requireFacilitator(command.byId(), "harvest", "start the harvest");
        requireOpen();
        requireNotHarvesting();
        if (roundRunning || round == 0) {
            throw RuleViolation.conflict("harvest.after-rounds", "The harvest comes after the rounds, once none is running.");
        }
        apply(new HarvestStarted(cafeId, command.byId()));
    }

    @CommandHandler
    public void handle(HarvestInsight command) {
        requireFacilitator(command.byId(), "harvest", "harvest insights");
        requireOpen();
        if (!harvesting) {
            throw RuleViolation.conflict("harvest.not-started", "Start the harvest first.");
        }
        List<String> from = command.noteIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.noteIds()));
        for (String note : from) {
            if (!notes.contains(note)) {
                throw RuleViolation.notFound("note.unknown", "The café has no note %s.", note);
            }
        }
        String id = newItem("insightId", command.insightId());
        apply(new InsightHarvested(cafeId, id, Text.required("insight", command.text(), MAX_INSIGHT), from,
                command.byId()));
    }

    @CommandHandler
    public void handle(CloseCafe command) {
        requireFacilitator(command.byId(), "close", "close the café");
        requireOpen();
        if (roundRunning) {
            throw RuleViolation.conflict("round.running", "Round %s is still running; end it first.", round);
        }
        apply(new CafeClosed(cafeId, command.byId()));
    }

    /** The table one writes at: a host at their own, anybody else where they sit. */
    private String tableOf(String personId) {
        for (Map.Entry<String, String> table : tables.entrySet()) {
            if (personId.equals(table.getValue())) {
                return table.getKey();
            }
        }
        return seats.get(personId);
    }

    private String newItem(String field, String id) {
        Values.id(field, id);
        if (itemIds.contains(id)) {
            throw RuleViolation.conflict("id.taken", "The id %s is already used in this café.", id);
        }
        return id;
    }

    private void requireTable(String tableId) {
        if (tableId == null || !tables.containsKey(tableId)) {
            throw RuleViolation.notFound("table.unknown", "The café has no table %s.", tableId);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw RuleViolation.conflict("cafe.closed", "The café is closed; nothing changes any more.");
        }
    }

    private void requireNotHarvesting() {
        if (harvesting) {
            throw RuleViolation.conflict("harvest.started", "The café is harvesting; the rounds are over.");
        }
    }

    private void requireParticipant(String personId) {
        SessionRules.requireParticipant(participants, personId);
    }

    private void requireFacilitator(String personId, String action, String what) {
        SessionRules.requireFacilitator(facilitatorId, personId, action, what);
    }

    @EventSourcingHandler
    void on(CafeCreated event) {
        cafeId = event.cafeId();
        facilitatorId = event.facilitatorId();
        event.tables().forEach(table -> {
            tables.put(table.tableId(), table.hostId());
            itemIds.add(table.tableId());
        });
    }

    @EventSourcingHandler
    void on(CafeJoined event) {
        participants.add(event.personId());
    }

    @EventSourcingHandler
    void on(InvitationCreated event) {
        guestLinks.created(event.invitationId(), event.tokenHash(), event.expiresAt(), event.maxUses());
        itemIds.add(event.invitationId());
    }

    @EventSourcingHandler
    void on(InvitationRevoked event) {
        guestLinks.revoked(event.invitationId());
    }

    @EventSourcingHandler
    void on(GuestAdmitted event) {
        participants.add(event.guestId());
        guestLinks.used(event.invitationId());
    }

    @EventSourcingHandler
    void on(RoundStarted event) {
        round = event.round();
        roundRunning = true;
    }

    @EventSourcingHandler
    void on(RoundEnded event) {
        roundRunning = false;
    }

    @EventSourcingHandler
    void on(Seated event) {
        seats.put(event.personId(), event.tableId());
    }

    @EventSourcingHandler
    void on(NotePosted event) {
        notes.add(event.noteId());
        itemIds.add(event.noteId());
    }

    @EventSourcingHandler
    void on(HarvestStarted event) {
        harvesting = true;
    }

    @EventSourcingHandler
    void on(InsightHarvested event) {
        itemIds.add(event.insightId());
    }

    @EventSourcingHandler
    void on(CafeClosed event) {
        closed = true;
    }
}
