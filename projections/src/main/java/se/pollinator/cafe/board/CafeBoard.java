package se.pollinator.cafe.board;

import se.pollinator.cafe.CafeCommands.NewTable;
import se.pollinator.cafe.CafeEvents.CafeClosed;
import se.pollinator.cafe.CafeEvents.CafeCreated;
import se.pollinator.cafe.CafeEvents.CafeEvent;
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
import se.pollinator.session.SessionPart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A café's board: its events folded in order, for the read model and for any point in its
 * history. Invitations are not on the board (they are the facilitator's); their events change
 * nothing here. A fold that has not seen the café's creation fails closed. Each person at the café
 * (with the table they sit at) is a part of their own, as each note is, so that a plenary of
 * hundreds costs per event what the event changed: one seat, one note, never the whole room.
 */
public class CafeBoard {

    public enum PartKind { TABLE, NOTE, INSIGHT, PERSON }

    public record Part(PartKind kind, String id) implements SessionPart {
    }

    public static class Header {
        public String sessionId;
        public String facilitatorId;
        public String title;
        public String theme;
        public String description;
        public Instant scheduledAt;
        /** Where the café belongs, for attribution: a module, municipality projects; both optional. */
        public Integer module;
        public List<String> municipalities = new ArrayList<>();
        public int round;
        public boolean roundRunning;
        public Instant timerStartsAt;
        public Instant timerEndsAt;
        public boolean harvesting;
        public boolean closed;
        public long seq = -1;
        public Instant createdAt;
    }

    /** Someone at the café: a person of the programme, or a guest by the name they chose. */
    public static class Person {
        public String id;
        /** A guest's chosen name; null for the programme's people. */
        public String guestName;
        /** The table they sit at, or null. */
        public String tableId;
    }

    public static class Summary {
        public int round;
        public String text;
    }

    public static class Table {
        public String id;
        public String question;
        public String hostId;
        public List<Summary> summaries = new ArrayList<>();
    }

    public static class Note {
        public String id;
        public String tableId;
        public int round;
        public String text;
        public String authorId;
    }

    public static class Insight {
        public String id;
        public String text;
        public List<String> noteIds = new ArrayList<>();
    }

    public Header header = new Header();
    public final Map<String, Table> tables = new LinkedHashMap<>();
    public final Map<String, Note> notes = new LinkedHashMap<>();
    public final Map<String, Insight> insights = new LinkedHashMap<>();
    /** Everyone who joined or was let in, in the order they came. */
    public final Map<String, Person> people = new LinkedHashMap<>();

    /** Who takes part, in the order they came. */
    public List<String> participants() {
        return List.copyOf(people.keySet());
    }

    /** Guest id to the name they chose. */
    public Map<String, String> guests() {
        Map<String, String> guests = new LinkedHashMap<>();
        people.values().stream().filter(person -> person.guestName != null)
                .forEach(person -> guests.put(person.id, person.guestName));
        return guests;
    }

    /** Who sits at which table. */
    public Map<String, String> seats() {
        Map<String, String> seats = new LinkedHashMap<>();
        people.values().stream().filter(person -> person.tableId != null)
                .forEach(person -> seats.put(person.id, person.tableId));
        return seats;
    }

    /** Folds one event in and answers the parts it changed. Every event type is handled here, or refused. */
    public List<Part> apply(CafeEvent event, long seq, Instant at) {
        if (header.sessionId == null && !(event instanceof CafeCreated)) {
            throw new IllegalStateException("Café " + event.cafeId() + " cannot be folded from event " + seq
                    + ": its creation was not seen");
        }
        List<Part> changed = new ArrayList<>();
        if (event instanceof CafeCreated e) {
            header.sessionId = e.cafeId();
            header.facilitatorId = e.facilitatorId();
            header.title = e.title();
            header.theme = e.theme();
            header.description = e.description();
            header.scheduledAt = e.scheduledAt();
            header.module = e.module();
            header.municipalities = e.municipalities() == null ? new ArrayList<>() : new ArrayList<>(e.municipalities());
            header.createdAt = at;
            for (NewTable created : e.tables()) {
                Table table = new Table();
                table.id = created.tableId();
                table.question = created.question();
                table.hostId = created.hostId();
                tables.put(table.id, table);
                changed.add(new Part(PartKind.TABLE, table.id));
            }
        } else if (event instanceof CafeJoined e) {
            person(e.personId(), changed);
        } else if (event instanceof GuestAdmitted e) {
            person(e.guestId(), changed).guestName = e.displayName();
        } else if (event instanceof InvitationCreated || event instanceof InvitationRevoked) {
            // The facilitator's, not the board's.
        } else if (event instanceof RoundStarted e) {
            header.round = e.round();
            header.roundRunning = true;
            header.timerStartsAt = e.startsAt();
            header.timerEndsAt = e.endsAt();
        } else if (event instanceof RoundEnded) {
            header.roundRunning = false;
            header.timerStartsAt = null;
            header.timerEndsAt = null;
        } else if (event instanceof TableHostSet e) {
            Table table = tables.get(e.tableId());
            if (table != null) {
                table.hostId = e.hostId();
                changed.add(new Part(PartKind.TABLE, e.tableId()));
            }
            // A host stands at their own table: a seat they had elsewhere is given up.
            Person host = e.hostId() == null ? null : people.get(e.hostId());
            if (host != null && host.tableId != null) {
                host.tableId = null;
                changed.add(new Part(PartKind.PERSON, host.id));
            }
        } else if (event instanceof Seated e) {
            person(e.personId(), changed).tableId = e.tableId();
        } else if (event instanceof NotePosted e) {
            Note note = new Note();
            note.id = e.noteId();
            note.tableId = e.tableId();
            note.round = e.round();
            note.text = e.text();
            note.authorId = e.authorId();
            notes.put(note.id, note);
            changed.add(new Part(PartKind.NOTE, note.id));
        } else if (event instanceof TableSummarised e) {
            Table table = tables.get(e.tableId());
            if (table != null) {
                Summary summary = new Summary();
                summary.round = e.round();
                summary.text = e.text();
                table.summaries.removeIf(existing -> existing.round == e.round());
                table.summaries.add(summary);
                changed.add(new Part(PartKind.TABLE, table.id));
            }
        } else if (event instanceof HarvestStarted) {
            header.harvesting = true;
        } else if (event instanceof InsightHarvested e) {
            Insight insight = new Insight();
            insight.id = e.insightId();
            insight.text = e.text();
            insight.noteIds = new ArrayList<>(e.noteIds());
            insights.put(insight.id, insight);
            changed.add(new Part(PartKind.INSIGHT, insight.id));
        } else if (event instanceof CafeClosed) {
            header.closed = true;
        } else {
            throw new IllegalArgumentException("The café fold does not handle " + event.getClass().getSimpleName());
        }
        header.seq = seq;
        return changed;
    }

    /** The person, who came now if they were not here yet; their part is changed either way. */
    private Person person(String id, List<Part> changed) {
        Person person = people.get(id);
        if (person == null) {
            person = new Person();
            person.id = id;
            people.put(id, person);
        }
        changed.add(new Part(PartKind.PERSON, id));
        return person;
    }

    public record Sequenced(long seq, CafeEvent event, Instant at) {
    }

    public static CafeBoard of(List<Sequenced> events) {
        CafeBoard board = new CafeBoard();
        events.forEach(event -> board.apply(event.event(), event.seq(), event.at()));
        return board;
    }
}
