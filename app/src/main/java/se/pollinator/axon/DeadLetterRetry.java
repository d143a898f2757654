package se.pollinator.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.pollinator.retro.actions.ActionItemProjection;
import se.pollinator.retro.board.BoardProjection;

import java.util.List;

/**
 * Gives parked events another go, in their order, every {@code pollinator.projections.dead-letter-retry}.
 * A read model that failed on an event (a database hiccup, say) thus catches up by itself once
 * the cause is gone, and no event is ever skipped.
 */
@Component
public class DeadLetterRetry {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRetry.class);
    private static final List<String> GROUPS = List.of(BoardProjection.GROUP, ActionItemProjection.GROUP);
    private static final int MOST_SEQUENCES_PER_ROUND = 100;

    private final EventProcessingConfiguration processing;

    public DeadLetterRetry(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Scheduled(fixedDelayString = "${pollinator.projections.dead-letter-retry:PT30S}",
            initialDelayString = "${pollinator.projections.dead-letter-retry:PT30S}")
    public void retry() {
        for (String group : GROUPS) {
            processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> {
                int done = 0;
                while (done < MOST_SEQUENCES_PER_ROUND && processor.processAny()) {
                    done++;
                }
                if (done > 0) {
                    LOG.info("Processed {} parked sequence(s) of {}", done, group);
                }
            });
        }
    }
}
