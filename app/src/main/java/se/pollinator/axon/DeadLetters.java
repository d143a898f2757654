package se.pollinator.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Events a read model failed on are parked, in order, in its dead-letter queue; this gives them
 * another go, each after a wait that doubles with every failed try (up to a cap), logging one
 * line per failure. A read model thus catches up by itself once the cause is gone, and never
 * skips an event. Admins list what is parked and retry it at once; the count is a metric.
 */
@Component
public class DeadLetters {

    /** The processing groups whose failed events are parked: every read model, as configured. */
    private final List<String> groups;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final String ATTEMPTS = "attempts";
    private static final int MOST_SEQUENCES_PER_ROUND = 100;

    private final EventProcessingConfiguration processing;
    private final ProjectionProperties properties;
    private final Clock clock;

    public DeadLetters(EventProcessingConfiguration processing, ProjectionProperties properties, Clock clock,
                       MeterRegistry metrics, EventProcessorProperties processors) {
        this.groups = groups(processors);
        this.processing = processing;
        this.properties = properties;
        this.clock = clock;
        groups.forEach(group -> Gauge.builder("pollinator.dead.letters", () -> count(group))
                .description("Events parked because a read model failed on them")
                .tag("group", group).register(metrics));
    }

    /**
     * The read models: the processors configured (under {@code axon.eventhandling.processors})
     * with a dead-letter queue. Each kind names its own there; none is listed here by name.
     */
    public static List<String> groups(EventProcessorProperties processors) {
        return processors.getProcessors().entrySet().stream()
                .filter(processor -> processor.getValue().getDlq().isEnabled())
                .map(Map.Entry::getKey).sorted().toList();
    }

    public List<String> groups() {
        return groups;
    }

    /** One parked event, as an admin sees it. */
    public record Parked(String group, String eventType, String eventId, String aggregateId,
                         Long aggregateSeq, String error, int attempts, Instant enqueuedAt, Instant lastTriedAt,
                         Instant nextTryAt) {
    }

    /**
     * Decides what happens to an event a read model failed on: park it (again), counting the
     * tries, and say so in one line; the stack trace would repeat the same on every try.
     */
    public static EnqueuePolicy<EventMessage<?>> policy(String group) {
        return (letter, cause) -> {
            int attempts = attempts(letter) + 1;
            LOG.warn("Read model '{}' failed on {} ({}), try {}; parked for a later try: {}", group,
                    describe(letter.message()), letter.message().getIdentifier(), attempts, String.valueOf(cause));
            return Decisions.requeue(cause, failed -> failed.diagnostics().and(ATTEMPTS, attempts));
        };
    }

    /** Tries again every parked event whose wait is over. */
    @Scheduled(fixedDelayString = "${pollinator.projections.dead-letter-retry:PT30S}",
            initialDelayString = "${pollinator.projections.dead-letter-retry:PT30S}")
    public void retryDue() {
        Instant now = clock.instant();
        retry(letter -> !nextTry(letter).isAfter(now));
    }

    /** Tries every parked event now, whatever its wait; answers how many sequences went through. */
    public int retryAll() {
        return retry(letter -> true);
    }

    public List<Parked> list() {
        List<Parked> parked = new ArrayList<>();
        for (String group : groups) {
            queue(group).ifPresent(queue -> queue.deadLetters().forEach(sequence -> sequence.forEach(letter ->
                    parked.add(parked(group, letter)))));
        }
        return parked;
    }

    public long count(String group) {
        return queue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    private int retry(Predicate<DeadLetter<? extends EventMessage<?>>> due) {
        int processed = 0;
        for (String group : groups) {
            int done = 0;
            var processor = processing.sequencedDeadLetterProcessor(group);
            while (processor.isPresent() && done < MOST_SEQUENCES_PER_ROUND && processor.get().process(due)) {
                done++;
            }
            if (done > 0) {
                LOG.info("Caught up {} parked sequence(s) of read model '{}'", done, group);
            }
            processed += done;
        }
        return processed;
    }

    private java.util.Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    /** When a parked event is due: its first wait after the first failure, doubled per further failure. */
    private Instant nextTry(DeadLetter<? extends EventMessage<?>> letter) {
        int doublings = Math.min(Math.max(attempts(letter) - 1, 0), 30);
        Duration wait = properties.deadLetterRetry().multipliedBy(1L << doublings);
        if (wait.compareTo(properties.deadLetterRetryMax()) > 0) {
            wait = properties.deadLetterRetryMax();
        }
        return letter.lastTouched().plus(wait);
    }

    private static int attempts(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number number ? number.intValue() : 0;
    }

    private Parked parked(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new Parked(group, event.getPayloadType().getSimpleName(), event.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null),
                Math.max(attempts(letter), 1), letter.enqueuedAt(), letter.lastTouched(), nextTry(letter));
    }

    private static String describe(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? event.getPayloadType().getSimpleName() + " #" + domain.getSequenceNumber() + " of "
                + domain.getAggregateIdentifier()
                : event.getPayloadType().getSimpleName();
    }
}
