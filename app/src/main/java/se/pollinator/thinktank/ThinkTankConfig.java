package se.pollinator.thinktank;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.pollinator.axon.SessionAggregates;

/**
 * Think tanks' aggregate, registered by the kind itself: cached and snapshotted, so that a command
 * on a long think tank does not replay its history (measured: without them each insight or note cost
 * more the more there were).
 */
@Configuration
public class ThinkTankConfig {

    @Bean
    public Cache thinkTankCache() {
        return SessionAggregates.cache();
    }

    @Bean
    public ConfigurerModule thinkTankAggregate(SessionAggregates aggregates, Cache thinkTankCache) {
        return aggregates.cachedAndSnapshotted(ThinkTank.class, thinkTankCache);
    }
}
