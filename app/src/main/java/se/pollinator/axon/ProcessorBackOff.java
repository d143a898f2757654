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
 * Caps how long a read model's processor waits after a failure. Axon's tracking processor waits
 * 1, 2, 4 ... up to 60 seconds between tries, so after a long outage the boards would stay behind
 * for up to a minute once the database is back. A processor that has been failing for
 * {@link #LONGEST_WAIT_NANOS} is restarted here as soon as the database answers, from its stored
 * token: nothing is skipped or applied twice, and it tries again every couple of seconds at most.
 */
@Component
public class ProcessorBackOff {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorBackOff.class);
    private static final long LONGEST_WAIT_NANOS = 2_000_000_000L;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final DeadLetters deadLetters;
    /** Since when each failing processor has been failing (nano time). */
    private final Map<String, Long> failingSince = new ConcurrentHashMap<>();

    public ProcessorBackOff(EventProcessingConfiguration processing, JdbcTemplate jdbc, DeadLetters deadLetters) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    @Scheduled(fixedDelay = 500)
    public void restartWhenWaitingTooLong() {
        for (String group : deadLetters.groups()) {
            processing.eventProcessor(group, TrackingEventProcessor.class).ifPresent(processor -> {
                if (!isFailing(processor)) {
                    failingSince.remove(group);
                    return;
                }
                long since = failingSince.computeIfAbsent(group, g -> System.nanoTime());
                if (System.nanoTime() - since >= LONGEST_WAIT_NANOS && databaseAnswers()) {
                    LOG.info("Read model '{}' has been failing for a while; trying again now", group);
                    failingSince.remove(group);
                    processor.shutDown();
                    processor.start();
                }
            });
        }
    }

    private static boolean isFailing(TrackingEventProcessor processor) {
        return processor.isRunning()
                && processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private boolean databaseAnswers() {
        try {
            return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT 1", Integer.class));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
