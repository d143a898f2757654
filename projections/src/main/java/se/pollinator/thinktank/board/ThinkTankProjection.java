package se.pollinator.thinktank.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;

import java.time.Instant;

/** The think tanks' processor: each event goes to the kernel's read side, folded by {@link ThinkTankFold}. */
@Component
@ProcessingGroup(ThinkTankProjection.GROUP)
public class ThinkTankProjection {

    public static final String GROUP = "thinktanks";

    private final ThinkTankStore store;

    public ThinkTankProjection(ThinkTankStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ThinkTankEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        store.fold(event, seq, at, replay);
    }

    @ResetHandler
    void reset() {
        store.reset();
    }
}
