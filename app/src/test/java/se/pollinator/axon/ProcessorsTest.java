package se.pollinator.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.retro.actions.ActionItemProjection;
import se.pollinator.retro.board.BoardProjection;
import se.pollinator.support.AppTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each read model has its own tracking processor, so it can be replayed alone and its segments
 * spread over nodes; tracking (not pooled) because only a tracking processor is woken at once by
 * the embedded event store, which is what makes pushes immediate.
 */
class ProcessorsTest extends AppTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TokenStore tokens;

    @Autowired
    private ApplicationContext context;

    /**
     * Every processing group in the app, each kind's read model among them (a new kind's too, which
     * a default processor would leave without a dead-letter queue: one failed event would stop it).
     */
    @Test
    void everyReadModelHasItsOwnTrackingProcessorWithTokensInTheDatabase() {
        List<String> groups = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(bean -> AopUtils.getTargetClass(bean).getAnnotation(ProcessingGroup.class).value()).toList();
        assertThat(groups).contains(BoardProjection.GROUP, ActionItemProjection.GROUP, "thinktanks", "cafes",
                "seminars");
        for (String group : groups) {
            assertThat(processing.eventProcessor(group, TrackingEventProcessor.class)).as(group).isPresent();
            assertThat(processing.deadLetterQueue(group)).as(group).isPresent();
        }
        assertThat(tokens).isInstanceOf(JdbcTokenStore.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT processorname) FROM tokenentry", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }
}
