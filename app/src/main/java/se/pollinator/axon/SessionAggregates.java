package se.pollinator.axon;

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
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How a kind of session registers its aggregate: cached and snapshotted, so that no command replays
 * a long session's history (a retro of thousands of cards, a seminar with hundreds of voters).
 */
@Component
public class SessionAggregates {

    private final PollinatorAxonProperties properties;
    /**
     * One thread takes snapshots, off the request path. When it falls far behind, a snapshot is
     * skipped: the next one the session triggers does the same job. Not a bean: an executor bean
     * would stand in for Spring's own task executor wherever one is asked for by type.
     */
    private final ThreadPoolExecutor snapshots = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "snapshotter");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    public SessionAggregates(PollinatorAxonProperties properties) {
        this.properties = properties;
    }

    /** A cache for one kind's aggregates. */
    public static Cache cache() {
        return new WeakReferenceCache();
    }

    /** The kind's aggregate, kept in {@code cache} and snapshotted every so many events. */
    public <A> ConfigurerModule cachedAndSnapshotted(Class<A> type, Cache cache) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type)
                .configureCache(config -> cache)
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                        snapshotter(type, config, snapshots), properties.snapshotEvery())));
    }

    @PreDestroy
    void stopSnapshots() {
        snapshots.shutdown();
    }

    /**
     * Spring's own snapshotter only knows aggregates declared as Spring beans; the domain module
     * has no Spring, so each kind gets a snapshotter of its own. It snapshots on a thread of its
     * own: run on the request thread after the commit, it would hold the aggregate's lock while
     * waiting for a database connection that the requests queued behind that lock were holding.
     */
    private static <A> Snapshotter snapshotter(Class<A> type, org.axonframework.config.Configuration config,
                                               Executor executor) {
        return AggregateSnapshotter.builder()
                .executor(executor)
                .eventStore(config.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(type))
                .transactionManager(config.getComponent(TransactionManager.class))
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(type))
                .repositoryProvider(config::repository)
                .build();
    }
}
