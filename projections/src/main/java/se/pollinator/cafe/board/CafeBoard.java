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
 * nothing here. A fold that has not seen the café's creation fails closed.
 */
public class CafeBoard {

    public enum PartKind { TABLE, NOTE, INSIGHT }

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
        public List<String> participants = new ArrayList<>();
        /** Guest id to the display name they chose. */
        public Map<String, String> guests = new LinkedHashMap<>();
        /** Who sits at which table. */
        public Map<String, String> seats = new LinkedHashMap<>();
        public long seq = -1;
        public Instant createdAt;
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
            if (!header.participants.contains(e.personId())) {
                header.participants.add(e.personId());
            }
        } else if (event instanceof GuestAdmitted e) {
            header.guests.put(e.guestId(), e.displayName());
            if (!header.participants.contains(e.guestId())) {
                header.participants.add(e.guestId());
            }
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
            String left = e.hostId() == null ? null : header.seats.remove(e.hostId());
            if (left != null && !left.equals(e.tableId())) {
                changed.add(new Part(PartKind.TABLE, left));
            }
        } else if (event instanceof Seated e) {
            String left = header.seats.put(e.personId(), e.tableId());
            changed.add(new Part(PartKind.TABLE, e.tableId()));
            if (left != null && !left.equals(e.tableId())) {
                changed.add(new Part(PartKind.TABLE, left));
            }
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

    public record Sequenced(long seq, CafeEvent event, Instant at) {
    }

    public static CafeBoard of(List<Sequenced> events) {
        CafeBoard board = new CafeBoard();
        events.forEach(event -> board.apply(event.event(), event.seq(), event.at()));
        return board;
    }
}
