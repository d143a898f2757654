package se.pollinator.retro;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.pollinator.axon.SessionAggregates;

/** The retro's aggregate, registered by the kind itself: cached and snapshotted, as every kind's is. */
@Configuration
public class RetroAxonConfig {

    @Bean
    public Cache retroCache() {
        return SessionAggregates.cache();
    }

    @Bean
    public ConfigurerModule retroAggregate(SessionAggregates aggregates, Cache retroCache) {
        return aggregates.cachedAndSnapshotted(Retro.class, retroCache);
    }
}
