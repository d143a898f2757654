package se.pollinator.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.retro.Column;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.board.BoardProjection;
import se.pollinator.support.AppTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a projection cannot handle is parked in the dead-letter queue, in order, instead of
 * being skipped. This checks that queue's table (Flyway's, not Axon's) stores and returns one.
 */
class DeadLetterQueueTest extends AppTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aParkedEventIsStoredAndReadBackWhole() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(BoardProjection.GROUP)
                .orElseThrow(() -> new AssertionError("the boards projection has a dead-letter queue"));
        String retro = "dlq-" + System.nanoTime();
        EventMessage<?> event = new GenericDomainEventMessage<>("Retro", retro, 3,
                new CardAdded(retro, "c1", "p1", Column.STOP, "Parked"));
        queue.enqueue(retro, new GenericDeadLetter<>(retro, event, new IllegalStateException("read model down")));

        assertThat(queue.contains(retro)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deadletterentry WHERE sequenceidentifier = ?",
                Long.class, retro)).isEqualTo(1);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(retro).forEach(letters::add);
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.message().getPayload()).isEqualTo(new CardAdded(retro, "c1", "p1", Column.STOP, "Parked"));
            assertThat(letter.cause()).hasValueSatisfying(cause -> assertThat(cause.message()).contains("read model down"));
        });
        queue.evict(letters.get(0));
        assertThat(queue.contains(retro)).isFalse();
    }
}
