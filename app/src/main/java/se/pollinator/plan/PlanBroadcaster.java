package se.pollinator.plan;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes every committed plan change to {@code /topic/plans/{planId}}, with the plan's sequence
 * number, so a page applies them in order and refetches the plan when it missed one; and every
 * needs-analysis change likewise.
 */
@Component
public class PlanBroadcaster implements PlanChangeListener {

    /** What a plan page is told: the change's type and the goal it was about. */
    public record PlanMessage(String planId, String kind, long seq, String type, String goalId) {
    }

    private final SimpMessagingTemplate broker;

    public PlanBroadcaster(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @Override
    public void planChanged(String planId, long seq, String type, String goalId) {
        broker.convertAndSend("/topic/plans/" + planId, new PlanMessage(planId, "plan", seq, type, goalId));
    }

    /** Needs analyses go to {@code /topic/needs/{analysisId}}, in their own order. */
    @Override
    public void needsChanged(String analysisId, long seq, String type) {
        broker.convertAndSend("/topic/needs/" + analysisId, new PlanMessage(analysisId, "needs", seq, type, null));
    }
}
