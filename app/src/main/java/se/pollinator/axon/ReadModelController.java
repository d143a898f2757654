package se.pollinator.axon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.rules.RuleViolation;

import java.util.List;

/**
 * For admins: the read models, how far each has read the event store, and rebuilding one from
 * the first event (after a fix to its projection, say). A read model being rebuilt answers for
 * what it has read so far; no live pushes go out while it replays.
 */
@RestController
@RequestMapping("/api/admin/read-models")
@Tag(name = "Operations", description = "For admins: events a read model could not take")
public class ReadModelController {

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    public ReadModelController(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    /**
     * One read model: whether it has read up to the newest event ({@code caughtUp}), how far it
     * has read, and whether it is still marked as replaying (Axon clears that mark only once an
     * event newer than the rebuild's start arrives).
     */
    public record ReadModel(String group, boolean running, boolean replaying, boolean caughtUp, long position) {
    }

    @Operation(summary = "The read models and how far each has read")
    @GetMapping
    public List<ReadModel> all() {
        return deadLetters.groups().stream().map(group -> state(group, processor(group))).toList();
    }

    @Operation(summary = "Rebuild one read model from the first event")
    @PostMapping("/{group}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReadModel rebuild(@PathVariable String group) {
        TrackingEventProcessor processor = processor(group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return state(group, processor);
    }

    private TrackingEventProcessor processor(String group) {
        if (!deadLetters.groups().contains(group)) {
            throw RuleViolation.notFound("read-model.unknown", "There is no read model %s; there are %s.", group,
                    String.join(", ", deadLetters.groups()));
        }
        return processing.eventProcessor(group, TrackingEventProcessor.class)
                .orElseThrow(() -> RuleViolation.notFound("read-model.unknown", "There is no read model %s.", group));
    }

    private static ReadModel state(String group, TrackingEventProcessor processor) {
        var segments = processor.processingStatus().values();
        return new ReadModel(group, processor.isRunning(),
                segments.stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0));
    }
}
