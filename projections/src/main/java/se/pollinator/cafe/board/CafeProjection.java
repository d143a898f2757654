package se.pollinator.cafe.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.pollinator.cafe.CafeEvents.CafeEvent;

import java.time.Instant;

/** The cafés' processor: each event goes to the kernel's read side, folded by {@link CafeFold}. */
@Component
@ProcessingGroup(CafeProjection.GROUP)
public class CafeProjection {

    public static final String GROUP = "cafes";

    private final CafeStore store;

    public CafeProjection(CafeStore store) {
        this.store = store;
    }

    @EventHandler
    void on(CafeEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        store.fold(event, seq, at, replay);
    }

    @ResetHandler
    void reset() {
        store.reset();
    }
}
