package se.pollinator.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param deadLetterRetry    how long after its first failure a parked event is tried again; each
 *                           further failure doubles the wait
 * @param deadLetterRetryMax the longest wait between two tries of a parked event
 */
@ConfigurationProperties("pollinator.projections")
public record ProjectionProperties(@DefaultValue("PT30S") Duration deadLetterRetry,
                                   @DefaultValue("PT1H") Duration deadLetterRetryMax) {
}
