package se.pollinator.retro.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.pollinator.retro.RetroEvents.RetroEvent;

import java.time.Instant;

/** The retros' processor: each event goes to the kernel's read side, folded by {@link RetroFold}. */
@Component
@ProcessingGroup(BoardProjection.GROUP)
public class BoardProjection {

    public static final String GROUP = "boards";

    private final BoardStore store;

    public BoardProjection(BoardStore store) {
        this.store = store;
    }

    @EventHandler
    void on(RetroEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        store.fold(event, seq, at, replay);
    }

    @ResetHandler
    void reset() {
        store.reset();
    }
}
