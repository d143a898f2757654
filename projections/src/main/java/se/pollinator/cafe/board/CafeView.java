package se.pollinator.cafe.board;

import se.pollinator.cafe.board.CafeBoard.Part;
import se.pollinator.cafe.board.CafeBoard.PartKind;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Upsert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A café as everyone at it sees it: the round and its timer, each table with its question, host,
 * who sits there, its notes and its host's summaries, and the harvest.
 */
public record CafeView(SessionKind kind, String sessionId, long seq, String title, String theme, String description,
                       Instant scheduledAt, Integer module, List<String> municipalities, int round, boolean roundRunning, TimerView timer, boolean harvesting,
                       boolean closed, String facilitatorId, List<String> participants, Map<String, String> guests,
                       List<TableView> tables, List<InsightView> harvest) {

    public record TimerView(Instant startsAt, Instant endsAt) {
    }

    public record HeaderView(int round, boolean roundRunning, TimerView timer, boolean harvesting, boolean closed,
                             List<String> participants, Map<String, String> guests) {
    }

    public record NoteView(String id, String tableId, int round, String text, String authorId) {
    }

    public record SummaryView(int round, String text) {
    }

    public record TableView(String id, String question, String hostId, List<String> seated, List<NoteView> notes,
                            List<SummaryView> summaries) {
    }

    public record InsightView(String id, String text, List<String> noteIds) {
    }

    public static CafeView of(CafeBoard board) {
        CafeBoard.Header h = board.header;
        return new CafeView(SessionKind.CAFE, h.sessionId, h.seq, h.title, h.theme, h.description, h.scheduledAt,
                h.module, List.copyOf(h.municipalities), h.round, h.roundRunning, timer(h), h.harvesting, h.closed, h.facilitatorId, List.copyOf(h.participants),
                Map.copyOf(h.guests), board.tables.keySet().stream().map(id -> table(board, id)).toList(),
                board.insights.values().stream().map(CafeView::insight).toList());
    }

    /** The live message for an event folded into the board: the header, and the tables and harvest it changed. */
    public static SessionMessage message(CafeBoard board, String type, long seq, List<Part> changed) {
        Set<String> tables = new LinkedHashSet<>();
        List<Upsert> upserts = new ArrayList<>();
        for (Part part : changed) {
            if (part.kind() == PartKind.TABLE) {
                tables.add(part.id());
            } else if (part.kind() == PartKind.NOTE) {
                tables.add(board.notes.get(part.id()).tableId);
            } else {
                upserts.add(new Upsert("harvest", insight(board.insights.get(part.id()))));
            }
        }
        tables.forEach(id -> upserts.add(0, new Upsert("tables", table(board, id))));
        CafeBoard.Header h = board.header;
        return new SessionMessage(h.sessionId, SessionKind.CAFE, seq, type, new HeaderView(h.round, h.roundRunning,
                timer(h), h.harvesting, h.closed, List.copyOf(h.participants), Map.copyOf(h.guests)), upserts, List.of());
    }

    private static TimerView timer(CafeBoard.Header h) {
        return h.timerEndsAt == null ? null : new TimerView(h.timerStartsAt, h.timerEndsAt);
    }

    private static TableView table(CafeBoard board, String id) {
        CafeBoard.Table table = board.tables.get(id);
        List<String> seated = board.header.seats.entrySet().stream().filter(seat -> seat.getValue().equals(id))
                .map(Map.Entry::getKey).toList();
        return new TableView(id, table.question, table.hostId, seated, board.notes.values().stream()
                .filter(note -> note.tableId.equals(id))
                .map(note -> new NoteView(note.id, note.tableId, note.round, note.text, note.authorId)).toList(),
                table.summaries.stream().map(summary -> new SummaryView(summary.round, summary.text)).toList());
    }

    private static InsightView insight(CafeBoard.Insight insight) {
        return new InsightView(insight.id, insight.text, List.copyOf(insight.noteIds));
    }
}
