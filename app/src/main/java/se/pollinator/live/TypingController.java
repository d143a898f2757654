package se.pollinator.live;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;
import se.pollinator.retro.Column;

import java.util.Map;

/**
 * "Someone is writing in Stop…": a hint pushed to a board's presence topic while a person types
 * a card. It names the column only, never the person, so anonymous cards stay anonymous.
 */
@Controller
public class TypingController {

    private final SimpMessagingTemplate messaging;

    public TypingController(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    /** What the page sends while its person types. */
    public record Typing(Column column) {
    }

    @MessageMapping("/sessions/{id}/typing")
    public void typing(@DestinationVariable String id, Typing typing) {
        if (typing == null || typing.column() == null) {
            return;
        }
        messaging.convertAndSend(Topics.presence(id), Map.of("sessionId", id, "type", "Typing", "column", typing.column()));
    }
}
