package se.pollinator.cafe.board;

import org.junit.jupiter.api.Test;
import se.pollinator.cafe.CafeCommands.NewTable;
import se.pollinator.cafe.CafeEvents;
import se.pollinator.cafe.CafeEvents.CafeCreated;
import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.NotePosted;
import se.pollinator.cafe.CafeEvents.RoundStarted;
import se.pollinator.cafe.CafeEvents.Seated;
import se.pollinator.session.EventSamples;
import se.pollinator.session.SessionMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CafeBoardTest {

    private static final String CAFE = "cafe-1";
    private static final Instant AT = Instant.parse("2026-12-01T18:00:00Z");

    private static CafeBoard board() {
        CafeBoard board = new CafeBoard();
        board.apply(new CafeCreated(CAFE, "fia", "Framtidscafé", "Klimat", null, null,
                List.of(new NewTable("t1", "Vad behöver staden?", "hanna"), new NewTable("t2", "Vem saknas?", null)),
                null, null),
                0, AT);
        board.apply(new GuestAdmitted(CAFE, "inv-1", "guest-1", "Gästen"), 1, AT);
        return board;
    }

    @Test
    void everyEventTypeIsFoldedAndFindsItsWayIntoTheLiveMessage() throws Exception {
        List<String> forgotten = new ArrayList<>();
        for (Class<?> type : CafeEvent.class.getPermittedSubclasses()) {
            CafeEvent event = (CafeEvent) EventSamples.sample(type, "cafeId", CAFE);
            CafeBoard board = board();
            try {
                CafeView.message(board, type.getSimpleName(), 9, board.apply(event, 9, AT));
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
            } catch (RuntimeException sampleDataFoldedBadly) {
                // handled, if clumsily, with made-up data
            }
        }
        assertThat(CafeEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(10);
        assertThat(forgotten).isEmpty();
    }

    @Test
    void aNoteShowsAtItsTableWithWhoSitsThereAndTheGuestsChosenName() {
        CafeBoard board = board();
        board.apply(new Seated(CAFE, "guest-1", "t2", "guest-1"), 2, AT);
        board.apply(new RoundStarted(CAFE, 1, AT, AT.plusSeconds(900), "fia"), 3, AT);
        board.apply(new NotePosted(CAFE, "n1", "t2", 1, "Fler cykelbanor", "guest-1"), 4, AT);
        CafeView view = CafeView.of(board);
        assertThat(view.notes()).extracting(CafeView.NoteView::tableId, CafeView.NoteView::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t2", "Fler cykelbanor"));
        assertThat(view.members()).containsExactly(new CafeView.MemberView("guest-1", "Gästen", "t2"));
        assertThat(view.participantCount()).isEqualTo(1);
        assertThat(view.timer()).isNotNull();
    }

    @Test
    void aLiveMessageCarriesTheNoteOrTheSeatAnEventChangedNotTheTableNorTheRoom() {
        CafeBoard board = board();
        board.apply(new RoundStarted(CAFE, 1, AT, AT.plusSeconds(900), "fia"), 2, AT);
        for (int n = 0; n < 50; n++) {
            board.apply(new CafeEvents.CafeJoined(CAFE, "p" + n), 3 + n, AT);
            board.apply(new NotePosted(CAFE, "note-" + n, "t1", 1, "Lapp " + n, "p" + n), 100 + n, AT);
        }
        SessionMessage note = CafeView.message(board, "NotePosted", 200,
                board.apply(new NotePosted(CAFE, "n-last", "t1", 1, "Sist", "p1"), 200, AT));
        assertThat(note.upserts()).extracting(SessionMessage.Upsert::collection).containsExactly("notes");
        assertThat(((CafeView.NoteView) note.upserts().get(0).item()).id()).isEqualTo("n-last");
        assertThat(note.header()).isEqualTo(new CafeView.HeaderView(1, true, new CafeView.TimerView(AT,
                AT.plusSeconds(900)), false, false, 51));

        SessionMessage seat = CafeView.message(board, "Seated", 201,
                board.apply(new Seated(CAFE, "p7", "t2", "p7"), 201, AT));
        assertThat(seat.upserts()).extracting(SessionMessage.Upsert::item)
                .containsExactly(new CafeView.MemberView("p7", null, "t2"));
    }
}
