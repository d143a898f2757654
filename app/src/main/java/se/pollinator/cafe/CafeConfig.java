package se.pollinator.cafe;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.pollinator.axon.SessionAggregates;

/**
 * Cafés' aggregate, registered by the kind itself: cached and snapshotted, so that a command
 * on a long café does not replay its history (measured: without them each insight or note cost
 * more the more there were).
 */
@Configuration
public class CafeConfig {

    @Bean
    public Cache cafeCache() {
        return SessionAggregates.cache();
    }

    @Bean
    public ConfigurerModule cafeAggregate(SessionAggregates aggregates, Cache cafeCache) {
        return aggregates.cachedAndSnapshotted(Cafe.class, cafeCache);
    }
}
