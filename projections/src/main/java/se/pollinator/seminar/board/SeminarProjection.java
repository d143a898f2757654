package se.pollinator.seminar.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;

import java.time.Instant;

/** The seminars' processor: each event goes to the kernel's read side, folded by {@link SeminarFold}. */
@Component
@ProcessingGroup(SeminarProjection.GROUP)
public class SeminarProjection {

    public static final String GROUP = "seminars";

    private final SeminarStore store;

    public SeminarProjection(SeminarStore store) {
        this.store = store;
    }

    @EventHandler
    void on(SeminarEvent event, @SequenceNumber long seq, @Timestamp Instant at, ReplayStatus replay) {
        store.fold(event, seq, at, replay);
    }

    @ResetHandler
    void reset() {
        store.reset();
    }
}
