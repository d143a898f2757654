package se.pollinator.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resumes a read model's processor as soon as the database answers again. A tracking processor
 * that lost its database waits 1, 2, 4 ... up to 60 seconds between tries, so after a short
 * outage the boards would lag for many seconds more; this notices the processor's error state,
 * checks that the database is back, and restarts the processor at once (from its stored token,
 * so nothing is skipped or applied twice).
 */
@Component
public class ProcessorRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorRecovery.class);
    private static final long AT_MOST_EVERY_NANOS = 2_000_000_000L;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Map<String, Long> lastRestart = new ConcurrentHashMap<>();

    public ProcessorRecovery(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 250)
    public void resumeWhenTheDatabaseIsBack() {
        for (String group : DeadLetters.GROUPS) {
            processing.eventProcessor(group, TrackingEventProcessor.class)
                    .filter(ProcessorRecovery::isWaitingAfterAnError)
                    .filter(processor -> due(group))
                    .filter(processor -> databaseAnswers())
                    .ifPresent(processor -> {
                        LOG.info("The database answers again; resuming read model '{}' at once", group);
                        lastRestart.put(group, System.nanoTime());
                        processor.shutDown();
                        processor.start();
                    });
        }
    }

    private static boolean isWaitingAfterAnError(TrackingEventProcessor processor) {
        return processor.isRunning()
                && processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private boolean due(String group) {
        Long last = lastRestart.get(group);
        return last == null || System.nanoTime() - last > AT_MOST_EVERY_NANOS;
    }

    private boolean databaseAnswers() {
        try {
            return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT 1", Integer.class));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
