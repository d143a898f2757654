package se.pollinator.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import se.pollinator.session.SessionMessage.Removal;
import se.pollinator.session.SessionMessage.Upsert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pushes every committed plan change to {@code /topic/plans/{planId}} as a typed change, numbered
 * by the plan's sequence number, in the envelope session changes have, so that a page applies it
 * with the same generic merge: the goal it changed as it is now, with every goal above it (whose
 * fulfilment follows from it); a move changes two branches, so it sends every goal. A page that
 * misses a number fetches the plan anew. Needs analyses go to {@code /topic/needs/{analysisId}}
 * in their own order.
 */
@Component
public class PlanBroadcaster implements PlanChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(PlanBroadcaster.class);

    /** A plan's change: the header ({@code seq}, {@code updatedAt}) and the goals as they are now. */
    public record PlanMessage(String planId, String kind, long seq, String type, String goalId, Header header,
                              List<Upsert> upserts, List<Removal> removals) {
    }

    public record Header(long seq, java.time.Instant updatedAt) {
    }

    private final SimpMessagingTemplate broker;
    private final PlanStore plans;
    private final NeedsStore needs;

    public PlanBroadcaster(SimpMessagingTemplate broker, PlanStore plans, NeedsStore needs) {
        this.broker = broker;
        this.plans = plans;
        this.needs = needs;
    }

    @Override
    public void planChanged(String planId, long seq, String type, String goalId) {
        try {
            broker.convertAndSend("/topic/plans/" + planId, message(planId, seq, type, goalId));
        } catch (RuntimeException e) {
            LOG.warn("Could not push change {} of plan {}", seq, planId, e);
        }
    }

    private PlanMessage message(String planId, long seq, String type, String goalId) {
        PlanView view = plans.plan(planId).map(PlanView::of).orElse(null);
        if (view == null) {
            return new PlanMessage(planId, "plan", seq, type, goalId, new Header(seq, null), List.of(), List.of());
        }
        Map<String, PlanView.GoalView> goals = new HashMap<>();
        view.goals().forEach(goal -> goals.put(goal.id(), goal));
        Set<String> changed = new LinkedHashSet<>();
        if ("GoalMoved".equals(type) || goalId == null) {
            changed.addAll(goals.keySet());
        } else {
            for (String id = goalId; id != null && goals.containsKey(id) && changed.add(id); id = goals.get(id).parentId()) {
                // the goal, then each goal above it
            }
        }
        List<Upsert> upserts = new ArrayList<>();
        view.goals().stream().filter(goal -> changed.contains(goal.id()))
                .forEach(goal -> upserts.add(new Upsert("goals", goal)));
        // A message may say the plan is at a later number than this one, if more came meanwhile: a page then
        // finds the gap at the next one and fetches the plan.
        return new PlanMessage(planId, "plan", seq, type, goalId, new Header(seq, view.updatedAt()), upserts,
                List.of());
    }

    /** A needs analysis's change: its sections and assessments as they are now (a handful of each). */
    @Override
    public void needsChanged(String analysisId, long seq, String type) {
        try {
            NeedsStore.Needs now = needs.needs(analysisId);
            List<Upsert> upserts = new ArrayList<>();
            now.sections().forEach(section -> upserts.add(new Upsert("sections", section)));
            now.assessments().forEach(assessment -> upserts.add(new Upsert("assessments", assessment)));
            broker.convertAndSend("/topic/needs/" + analysisId, new PlanMessage(analysisId, "needs", seq, type, null,
                    new Header(seq, null), upserts, List.of()));
        } catch (RuntimeException e) {
            LOG.warn("Could not push change {} of needs analysis {}", seq, analysisId, e);
        }
    }
}
