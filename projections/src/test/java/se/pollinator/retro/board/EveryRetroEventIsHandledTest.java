package se.pollinator.retro.board;

import org.junit.jupiter.api.Test;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.session.EventSamples;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of retro event is handled both by the board's fold and by its live message: a new
 * event type that one of them forgets fails here, not on a board in use.
 */
class EveryRetroEventIsHandledTest {

    private static final String RETRO = "retro-1";

    @Test
    void everyEventTypeIsFoldedAndDescribed() throws Exception {
        List<String> forgotten = new ArrayList<>();
        for (Class<?> type : RetroEvent.class.getPermittedSubclasses()) {
            RetroEvent event = (RetroEvent) EventSamples.sample(type, "retroId", RETRO);
            Board board = Board.of(List.of(new Board.Sequenced(0, created())));
            try {
                board.apply(event, 1);
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
                continue;
            } catch (RuntimeException sampleDataFoldedBadly) {
                // Handled, if clumsily, with made-up data: what counts is that the fold knows the type.
            }
            try {
                BoardChange.of(board, event, 1);
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
            } catch (RuntimeException sampleDataDescribedBadly) {
                // as above
            }
        }
        assertThat(RetroEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(20);
        assertThat(forgotten).isEmpty();
    }

    private static RetroCreated created() {
        return new RetroCreated(RETRO, "fac", "Retro", 1, null, null, 3, false, false, List.of(), "token-0123456789abcdef",
                false);
    }
}
