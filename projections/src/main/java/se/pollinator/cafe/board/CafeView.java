package se.pollinator.cafe.board;

import se.pollinator.cafe.board.CafeBoard.Part;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Upsert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A café as everyone at it sees it: the round and its timer, each table with its question, host and
 * its host's summaries; the people at the café (guests by the names they chose), each with the
 * table they sit at; the notes, each naming its table; and the harvest. Items are collections of
 * their own, so that a live message carries what an event changed, never a table with all its
 * notes nor the whole room.
 */
public record CafeView(SessionKind kind, String sessionId, long seq, String title, String theme, String description,
                       Instant scheduledAt, Integer module, List<String> municipalities, int round,
                       boolean roundRunning, TimerView timer, boolean harvesting, boolean closed,
                       String facilitatorId, int participantCount, List<MemberView> members,
                       List<TableView> tables, List<NoteView> notes, List<InsightView> harvest) {

    public record TimerView(Instant startsAt, Instant endsAt) {
    }

    public record HeaderView(int round, boolean roundRunning, TimerView timer, boolean harvesting, boolean closed,
                             int participantCount) {
    }

    /** Someone at the café; {@code guestName} is a guest's chosen name, null for the programme's people. */
    public record MemberView(String id, String guestName, String tableId) {
    }

    public record NoteView(String id, String tableId, int round, String text, String authorId) {
    }

    public record SummaryView(int round, String text) {
    }

    public record TableView(String id, String question, String hostId, List<SummaryView> summaries) {
    }

    public record InsightView(String id, String text, List<String> noteIds) {
    }

    public static CafeView of(CafeBoard board) {
        CafeBoard.Header h = board.header;
        return new CafeView(SessionKind.CAFE, h.sessionId, h.seq, h.title, h.theme, h.description, h.scheduledAt,
                h.module, List.copyOf(h.municipalities), h.round, h.roundRunning, timer(h), h.harvesting, h.closed,
                h.facilitatorId, board.people.size(), board.people.values().stream().map(CafeView::member).toList(),
                board.tables.values().stream().map(CafeView::table).toList(),
                board.notes.values().stream().map(CafeView::note).toList(),
                board.insights.values().stream().map(CafeView::insight).toList());
    }

    /** The live message for an event folded into the board: the header, and each item it changed. */
    public static SessionMessage message(CafeBoard board, String type, long seq, List<Part> changed) {
        List<Upsert> upserts = new ArrayList<>();
        for (Part part : new LinkedHashSet<>(changed)) {
            upserts.add(switch (part.kind()) {
                case TABLE -> new Upsert("tables", table(board.tables.get(part.id())));
                case NOTE -> new Upsert("notes", note(board.notes.get(part.id())));
                case INSIGHT -> new Upsert("harvest", insight(board.insights.get(part.id())));
                case PERSON -> new Upsert("members", member(board.people.get(part.id())));
            });
        }
        CafeBoard.Header h = board.header;
        return new SessionMessage(h.sessionId, SessionKind.CAFE, seq, type, new HeaderView(h.round, h.roundRunning,
                timer(h), h.harvesting, h.closed, board.people.size()), upserts, List.of());
    }

    private static TimerView timer(CafeBoard.Header h) {
        return h.timerEndsAt == null ? null : new TimerView(h.timerStartsAt, h.timerEndsAt);
    }

    private static TableView table(CafeBoard.Table table) {
        return new TableView(table.id, table.question, table.hostId,
                table.summaries.stream().map(summary -> new SummaryView(summary.round, summary.text)).toList());
    }

    private static NoteView note(CafeBoard.Note note) {
        return new NoteView(note.id, note.tableId, note.round, note.text, note.authorId);
    }

    private static MemberView member(CafeBoard.Person person) {
        return new MemberView(person.id, person.guestName, person.tableId);
    }

    private static InsightView insight(CafeBoard.Insight insight) {
        return new InsightView(insight.id, insight.text, List.copyOf(insight.noteIds));
    }
}
