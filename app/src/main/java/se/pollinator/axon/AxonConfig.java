package se.pollinator.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.pollinator.plan.NeedsAnalysis;
import se.pollinator.plan.Plan;
import se.pollinator.programme.Programme;

/**
 * How Axon stores and loads things: readable JSON for events, messages and snapshots, and the
 * event store on the application's database. Each kind of session registers its own aggregate.
 */
@Configuration
public class AxonConfig {

    private static final int EVENTS_PER_QUERY = 1_000;

    /** The metadata key under which every command and event names the acting person. */
    public static final String PERSON_ID = "personId";

    /**
     * The application's one {@code ObjectMapper} (Spring Boot's, configured in application.yml), as
     * Axon gets it: a copy, since Axon's serializer registers its own module on the mapper it is given.
     */
    private static ObjectMapper messageMapper(ObjectMapper json) {
        return json.copy();
    }

    /** Snapshots hold aggregate state, which lives in fields, not getters. */
    @Bean
    @Primary
    public Serializer serializer(ObjectMapper json) {
        ObjectMapper mapper = messageMapper(json)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper));
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(ObjectMapper json) {
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(messageMapper(json)));
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
    public ConfigurerModule deadLetterPolicies(EventProcessorProperties processors) {
        return configurer -> DeadLetters.groups(processors).forEach(group -> configurer.eventProcessing()
                .registerDeadLetterPolicy(group, config -> DeadLetters.policy(group)));
    }

    /** The programme, the plans and needs analyses: small aggregates, loaded whole; no cache or snapshots needed yet. */
    @Bean
    public ConfigurerModule programmeAndPlanAggregates() {
        return configurer -> configurer
                .configureAggregate(Programme.class)
                .configureAggregate(Plan.class)
                .configureAggregate(NeedsAnalysis.class);
    }
}
