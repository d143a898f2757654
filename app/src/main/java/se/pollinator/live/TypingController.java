package se.pollinator.live;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import se.pollinator.session.Topics;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * "Someone is writing in Stop…": a hint pushed to a session's presence topic while a person types.
 * It names the place only (a column, a question, a table), never the person, so anonymous cards
 * stay anonymous.
 */
@Controller
public class TypingController {

    private final SimpMessagingTemplate messaging;
    private final long nanosBetweenHints;
    /** When each person last had a hint passed on, per board: "personId sessionId" to nano time. */
    private final Map<String, Long> lastHint = new ConcurrentHashMap<>();

    public TypingController(SimpMessagingTemplate messaging, LiveProperties properties) {
        this.messaging = messaging;
        this.nanosBetweenHints = 1_000_000_000L / Math.max(1, properties.typingHintsPerSecond());
    }

    /**
     * What the page sends while its person types: where (a retro's column, a think tank's question,
     * a café's table: whatever the kind names its places by), and an id the page made up for
     * itself, passed on so that the page can leave out its own hints (it names nobody).
     */
    public record Typing(String column, String from) {
    }

    private static final Pattern PLACE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Passes a hint on to the board, at most a few per second per person; the rest are dropped. */
    @MessageMapping("/sessions/{id}/typing")
    public void typing(@DestinationVariable String id, Typing typing, Principal principal) {
        if (typing == null || typing.column() == null || !PLACE.matcher(typing.column()).matches() || principal == null
                || !due(principal.getName() + " " + id)) {
            return;
        }
        Map<String, Object> hint = new LinkedHashMap<>(Map.of("sessionId", id, "type", "Typing", "column", typing.column()));
        if (typing.from() != null && typing.from().matches("[A-Za-z0-9-]{1,64}")) {
            hint.put("from", typing.from());
        }
        messaging.convertAndSend(Topics.presence(id), hint);
    }

    private boolean due(String key) {
        long now = System.nanoTime();
        boolean[] due = {false};
        lastHint.compute(key, (k, last) -> {
            due[0] = last == null || now - last >= nanosBetweenHints;
            return due[0] ? Long.valueOf(now) : last;
        });
        return due[0];
    }

    /** Forgets hints older than a minute, so the map holds only people typing now. */
    @Scheduled(fixedDelay = 60_000)
    public void forgetOld() {
        long minuteAgo = System.nanoTime() - 60_000_000_000L;
        lastHint.values().removeIf(last -> last < minuteAgo);
    }
}
