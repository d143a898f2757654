package se.pollinator.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param snapshotEvery a retro is snapshotted after this many events since its last snapshot
 */
@ConfigurationProperties("pollinator.aggregates")
public record PollinatorAxonProperties(@DefaultValue("100") int snapshotEvery) {
}
