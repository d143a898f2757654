package se.pollinator.axon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** What read models failed on, for admins: see it, and try it again once the cause is mended. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Operations", description = "For admins: events a read model could not take")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Events parked because a read model failed on them, in their order")
    @GetMapping
    public List<DeadLetters.Parked> parked() {
        return deadLetters.list();
    }

    @Operation(summary = "Try every parked event now; answers how many sequences caught up")
    @PostMapping("/retry")
    public Map<String, Integer> retryNow() {
        return Map.of("caughtUp", deadLetters.retryAll());
    }
}
