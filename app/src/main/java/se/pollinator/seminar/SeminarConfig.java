package se.pollinator.seminar;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.pollinator.axon.SessionAggregates;

/**
 * Seminars' aggregate, registered by the kind itself: cached and snapshotted, as a seminar with
 * hundreds of people asking and voting has a long history.
 */
@Configuration
public class SeminarConfig {

    @Bean
    public Cache seminarCache() {
        return SessionAggregates.cache();
    }

    @Bean
    public ConfigurerModule seminarAggregate(SessionAggregates aggregates, Cache seminarCache) {
        return aggregates.cachedAndSnapshotted(Seminar.class, seminarCache);
    }
}
