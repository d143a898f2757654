package se.pollinator.plan;

import org.junit.jupiter.api.Test;
import se.pollinator.plan.PlanEvents.GoalAdded;
import se.pollinator.plan.PlanEvents.GoalMoved;
import se.pollinator.plan.PlanEvents.GoalRetired;
import se.pollinator.plan.PlanEvents.GoalRevised;
import se.pollinator.plan.PlanEvents.PlanEvent;
import se.pollinator.plan.PlanEvents.PlanStarted;
import se.pollinator.plan.PlanEvents.ProgressRecorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanFoldTest {

    private static final String PLAN = "plan-lund";
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Source DECISION = new Source("retro-1", "d1", "DECISION", "Meet monthly", "November retro");

    private static GoalDetails measured(String title, String baseline, String target) {
        return new GoalDetails(title, null, "Share", "%", baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), null, null, GoalStatus.IN_PROGRESS, List.of());
    }

    private static PlanFold fold(PlanEvent... events) {
        PlanFold plan = new PlanFold();
        for (int seq = 0; seq < events.length; seq++) {
            plan.apply(events[seq], seq, T0.plusSeconds(60L * seq));
        }
        return plan;
    }

    private static PlanChange because(String why) {
        return new PlanChange("anna", why, null);
    }

    @Test
    void aGoalKeepsEveryChangeThatMadeItWhatItIsWithWhatChangedAndWhy() {
        PlanFold plan = fold(new PlanStarted(PLAN, "LUND"),
                new GoalAdded(PLAN, "g1", null, measured("Green buying", "10", "60"), because("Climate target")),
                new GoalAdded(PLAN, "g2", null, GoalDetails.titled("Train buyers"), because("Asked for")),
                new GoalRevised(PLAN, "g1", measured("Green buying", "10", "80"), List.of("target"),
                        new PlanChange("bo", "Raised", DECISION)),
                new GoalMoved(PLAN, "g2", null, "g1", because("Part of it")));
        GoalRecord green = plan.goals.get("g1");
        assertThat(green.changes).extracting(GoalRecord.Change::kind).containsExactly("ADDED", "REVISED");
        GoalRecord.Change raised = green.changes.get(1);
        assertThat(raised.fields()).containsExactly(new GoalRecord.FieldChange("target", new BigDecimal("60"),
                new BigDecimal("80")));
        assertThat(raised.source()).isEqualTo(DECISION);
        assertThat(raised.byId()).isEqualTo("bo");
        assertThat(raised.at()).isEqualTo(T0.plusSeconds(180));
        assertThat(plan.goals.get("g2").parentId).isEqualTo("g1");
        assertThat(plan.goals.get("g2").changes.get(1).fromParentId()).isNull();
    }

    @Test
    void fulfilmentIsTheLatestValueBetweenBaselineAndTargetAndAParentsIsTheMeanOfItsSubGoals() {
        PlanFold plan = fold(new PlanStarted(PLAN, "LUND"),
                new GoalAdded(PLAN, "top", null, GoalDetails.titled("Climate"), because("Target")),
                new GoalAdded(PLAN, "a", "top", measured("Buying", "10", "60"), because("A")),
                new GoalAdded(PLAN, "b", "top", measured("Course", null, null), because("B")),
                new GoalAdded(PLAN, "c", "top", measured("Dropped", null, null), because("C")),
                new ProgressRecorded(PLAN, "a", new BigDecimal("20"), LocalDate.parse("2026-06-01"), null, "anna"),
                new ProgressRecorded(PLAN, "a", new BigDecimal("35"), LocalDate.parse("2026-11-01"), null, "anna"),
                new ProgressRecorded(PLAN, "a", new BigDecimal("99"), LocalDate.parse("2026-01-01"), "late entry", "anna"),
                new ProgressRecorded(PLAN, "b", new BigDecimal("80"), LocalDate.parse("2026-11-01"), null, "anna"),
                new ProgressRecorded(PLAN, "c", new BigDecimal("0"), LocalDate.parse("2026-11-01"), null, "anna"),
                new GoalRetired(PLAN, "c", because("Not ours")));
        PlanView view = PlanView.of(plan);
        assertThat(view.goals()).extracting(PlanView.GoalView::id).containsExactly("top", "a", "b", "c");
        assertThat(fulfilment(view, "a")).isEqualByComparingTo("0.50");
        assertThat(fulfilment(view, "b")).isEqualByComparingTo("0.80");
        assertThat(fulfilment(view, "top")).as("mean of a and b; c is retired").isEqualByComparingTo("0.65");
        assertThat(view.seq()).isEqualTo(10);
    }

    @Test
    void aFoldThatHasNotSeenThePlanStartFailsClosed() {
        PlanFold plan = new PlanFold();
        assertThatThrownBy(() -> plan.apply(new GoalAdded(PLAN, "g1", null, GoalDetails.titled("X"), because("Y")), 3, T0))
                .isInstanceOf(IllegalStateException.class);
    }

    private static BigDecimal fulfilment(PlanView view, String goalId) {
        return view.goals().stream().filter(goal -> goal.id().equals(goalId)).findFirst().orElseThrow().fulfilment();
    }
}
