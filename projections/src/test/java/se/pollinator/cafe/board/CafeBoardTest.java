package se.pollinator.cafe.board;

import org.junit.jupiter.api.Test;
import se.pollinator.cafe.CafeCommands.NewTable;
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
        SessionMessage message = CafeView.message(board, "NotePosted", 4,
                board.apply(new NotePosted(CAFE, "n1", "t2", 1, "Fler cykelbanor", "guest-1"), 4, AT));
        CafeView.TableView table = (CafeView.TableView) message.upserts().get(0).item();
        assertThat(table.id()).isEqualTo("t2");
        assertThat(table.seated()).containsExactly("guest-1");
        assertThat(table.notes()).extracting(CafeView.NoteView::text).containsExactly("Fler cykelbanor");
        assertThat(CafeView.of(board).guests()).containsEntry("guest-1", "Gästen");
        assertThat(CafeView.of(board).timer()).isNotNull();
    }
}
