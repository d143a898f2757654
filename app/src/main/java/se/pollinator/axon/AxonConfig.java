package se.pollinator.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.annotation.PreDestroy;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.pollinator.plan.NeedsAnalysis;
import se.pollinator.plan.Plan;
import se.pollinator.programme.Programme;
import se.pollinator.retro.Retro;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How Axon stores and loads things: readable JSON for events, messages and snapshots, and
 * retros that are cached and snapshotted, so that no command replays a long board's history.
 */
@Configuration
public class AxonConfig {

    private static final int EVENTS_PER_QUERY = 1_000;

    /** The metadata key under which every command and event names the acting person. */
    public static final String PERSON_ID = "personId";

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

    public AxonConfig(PollinatorAxonProperties properties) {
        this.properties = properties;
    }

    private static ObjectMapper messageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Snapshots hold aggregate state, which lives in fields, not getters. */
    @Bean
    @Primary
    public Serializer serializer() {
        ObjectMapper mapper = messageMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    /** Events are messages: they share the message serializer. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(@Qualifier("messageSerializer") Serializer messageSerializer) {
        return messageSerializer;
    }

    /**
     * Axon's JDBC event store as its Spring Boot support builds it, but reading 1,000 events per
     * query rather than 100: a 5,000-event board's past (and a replay) in a few round trips.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(EVENTS_PER_QUERY)
                .build();
    }

    @Bean
    public CorrelationDataProvider personCorrelation() {
        return new SimpleCorrelationDataProvider(PERSON_ID);
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Parked events count their tries and are logged in one line each; see {@link DeadLetters}. */
    @Bean
    public ConfigurerModule deadLetterPolicies() {
        return configurer -> DeadLetters.GROUPS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterPolicy(group, config -> DeadLetters.policy(group)));
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

    /** The programme, the plans and needs analyses: small aggregates, loaded whole; no cache or snapshots needed yet. */
    @Bean
    public ConfigurerModule programmeAndPlanAggregates() {
        return configurer -> configurer
                .configureAggregate(Programme.class)
                .configureAggregate(Plan.class)
                .configureAggregate(NeedsAnalysis.class);
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
