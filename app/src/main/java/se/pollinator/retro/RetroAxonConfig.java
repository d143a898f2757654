package se.pollinator.retro;

import jakarta.annotation.PreDestroy;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.pollinator.axon.PollinatorAxonProperties;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The retro's aggregate, registered by the kind itself: cached and snapshotted, so that no
 * command replays a long board's history.
 */
@Configuration
public class RetroAxonConfig {

    private final PollinatorAxonProperties properties;
    /**
     * One thread takes snapshots, off the request path. When it falls far behind, a snapshot is
     * skipped: the next one the retro triggers does the same job. Not a bean: an executor bean
     * would stand in for Spring's own task executor wherever one is asked for by type.
     */
    private final ThreadPoolExecutor snapshots = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "snapshotter");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    public RetroAxonConfig(PollinatorAxonProperties properties) {
        this.properties = properties;
    }

    @Bean
    public Cache retroCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public ConfigurerModule retroAggregate(Cache retroCache) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Retro.class)
                        .configureCache(config -> retroCache)
                        .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                                retroSnapshotter(config, snapshots), properties.snapshotEvery())));
    }

    @PreDestroy
    void stopSnapshots() {
        snapshots.shutdown();
    }

    /**
     * Spring's own snapshotter only knows aggregates declared as Spring beans; the domain module
     * has no Spring, so the retro gets a snapshotter of its own. It snapshots on a thread of its
     * own: run on the request thread after the commit, it would hold the retro's lock while waiting
     * for a database connection that the requests queued behind that lock were holding.
     */
    private static Snapshotter retroSnapshotter(org.axonframework.config.Configuration config, Executor executor) {
        return AggregateSnapshotter.builder()
                .executor(executor)
                .eventStore(config.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(Retro.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(Retro.class))
                .repositoryProvider(config::repository)
                .build();
    }
}
