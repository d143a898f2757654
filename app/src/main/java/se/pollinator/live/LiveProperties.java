package se.pollinator.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param sendTimeLimit            how long one message to one browser may take before that
 *                                 connection is closed (it can reconnect and catch up)
 * @param sendBufferKb             how much may wait, per connection, behind a slow send before it
 *                                 is closed
 * @param maxConnectionsPerPerson  live connections one person may hold at once (tabs, devices)
 * @param typingHintsPerSecond     "someone is writing" hints passed on per person and board
 */
@ConfigurationProperties("pollinator.live")
public record LiveProperties(@DefaultValue("PT2S") Duration sendTimeLimit,
                             @DefaultValue("512") int sendBufferKb,
                             @DefaultValue("20") int maxConnectionsPerPerson,
                             @DefaultValue("3") int typingHintsPerSecond) {
}
