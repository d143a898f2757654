package se.pollinator.cafe;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.pollinator.cafe.board.CafeBoard;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionSummary;
import se.pollinator.session.SessionSummary.Detail;
import se.pollinator.session.SessionSummary.Item;
import se.pollinator.session.SessionSummary.Section;
import se.pollinator.session.SessionSummaryFormats;
import se.pollinator.session.SummaryExport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A café's summary: its tables with their hosts, notes and summaries, round by round, and its harvest. */
@Component
public class CafeSummaryExport implements SummaryExport {

    private final CafeStore cafes;
    private final SessionAccess access;
    private final PeopleStore people;
    private final ProgrammeStore programme;

    public CafeSummaryExport(CafeStore cafes, SessionAccess access, PeopleStore people, ProgrammeStore programme) {
        this.cafes = cafes;
        this.access = access;
        this.people = people;
        this.programme = programme;
    }

    @Override
    public SessionKind kind() {
        return SessionKind.CAFE;
    }

    @Override
    public ResponseEntity<?> export(String id, MediaType wanted, boolean swedish, SignedIn me) {
        access.requireView(me.person(), id);
        SessionSummary summary = cafes.read(id, this::summary).orElseThrow(() -> SessionAccess.unknownSession(id));
        return SessionSummaryFormats.answer(summary, wanted, swedish);
    }

    SessionSummary summary(CafeBoard board) {
        CafeBoard.Header h = board.header;
        List<String> mentioned = new ArrayList<>(board.participants());
        mentioned.add(h.facilitatorId);
        Map<String, String> names = new HashMap<>(people.displayNames(mentioned));
        names.putAll(board.guests());
        List<Item> tables = new ArrayList<>();
        for (CafeBoard.Table table : board.tables.values()) {
            List<Detail> about = new ArrayList<>();
            about.add(new Detail("host", table.hostId == null ? "—" : names.getOrDefault(table.hostId, "—")));
            table.summaries.forEach(summary -> about.add(new Detail("summary",
                    summaryOf(summary.round, summary.text))));
            tables.add(new Item("table", table.id, table.question, about));
            board.notes.values().stream().filter(note -> table.id.equals(note.tableId)).forEach(note ->
                    tables.add(new Item("note", note.id, note.text, List.of(
                            new Detail("author", names.getOrDefault(note.authorId, "—")),
                            new Detail("round", String.valueOf(note.round))))));
        }
        List<Item> harvest = board.insights.values().stream().map(insight -> new Item("insight", insight.id,
                insight.text, List.of(new Detail("notes", String.join(" | ", insight.noteIds.stream()
                        .map(board.notes::get).filter(Objects::nonNull).map(note -> note.text).toList()))))).toList();
        return new SessionSummary(h.sessionId, SessionKind.CAFE, h.title, h.theme, h.module,
                h.municipalities.stream().map(programme::municipalityName).toList(), names.get(h.facilitatorId),
                h.scheduledAt, h.closed, board.people.size(), List.of(new Section("tables", tables),
                new Section("harvest", harvest)));
    }

    private static String summaryOf(int round, String text) {
        return round + ": " + text;
    }
}
