package se.pollinator.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.plan.PlanCommands.AddGoal;
import se.pollinator.plan.PlanCommands.MoveGoal;
import se.pollinator.plan.PlanCommands.RecordProgress;
import se.pollinator.plan.PlanCommands.RetireGoal;
import se.pollinator.plan.PlanCommands.ReviseGoal;
import se.pollinator.plan.PlanEvents.GoalAdded;
import se.pollinator.plan.PlanEvents.GoalMoved;
import se.pollinator.plan.PlanEvents.GoalRetired;
import se.pollinator.plan.PlanEvents.GoalRevised;
import se.pollinator.plan.PlanEvents.PlanStarted;
import se.pollinator.plan.PlanEvents.ProgressRecorded;
import se.pollinator.rules.RuleViolation.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static se.pollinator.rules.Violations.violation;

class PlanTest {

    private static final String PLAN = "plan-lund";
    private static final String ANNA = "anna";
    private static final Source DECISION = new Source("retro-1", "d1", "DECISION", "Meet every month", "November retro");
    private static final GoalDetails CLIMATE = new GoalDetails("Climate-neutral procurement", null,
            "Share of green contracts", "%", new BigDecimal("10"), new BigDecimal("60"), LocalDate.parse("2027-12-31"),
            ANNA, GoalStatus.IN_PROGRESS, List.of("1", "3"));

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    private static List<Object> planWithGoals() {
        return new ArrayList<>(List.of(new PlanStarted(PLAN, "LUND"),
                new GoalAdded(PLAN, "g1", null, CLIMATE, new PlanChange(ANNA, "Council's climate target", null)),
                new GoalAdded(PLAN, "g2", "g1", GoalDetails.titled("Train buyers"),
                        new PlanChange(ANNA, "Buyers asked for it", null)),
                new GoalAdded(PLAN, "g3", "g2", GoalDetails.titled("Pilot course"),
                        new PlanChange(ANNA, "Start small", null))));
    }

    private static AddGoal add(String goalId, String parentId, GoalDetails details, String rationale) {
        return new AddGoal(PLAN, "LUND", ANNA, goalId, parentId, details, rationale, null);
    }

    @Nested
    class AddingGoals {
        @Test
        void theFirstGoalStartsThePlanWithItsSourceAndRationale() {
            fixture.givenNoPriorActivity()
                    .when(new AddGoal(PLAN, "LUND", ANNA, "g1", null, CLIMATE, "  Council's climate target ", DECISION))
                    .expectEvents(new PlanStarted(PLAN, "LUND"),
                            new GoalAdded(PLAN, "g1", null, CLIMATE,
                                    new PlanChange(ANNA, "Council's climate target", DECISION)));
        }

        @Test
        void aSubGoalGoesUnderItsParent() {
            fixture.given(planWithGoals()).when(add("g4", "g1", GoalDetails.titled("Buy electric buses"), "Retro said so"))
                    .expectEvents(new GoalAdded(PLAN, "g4", "g1", GoalDetails.titled("Buy electric buses"),
                            new PlanChange(ANNA, "Retro said so", null)));
        }

        @Test
        void aGoalWithoutRationaleIsRejected() {
            fixture.given(planWithGoals()).when(add("g4", null, GoalDetails.titled("Anything"), " "))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.empty"));
        }

        @Test
        void aGoalWithoutTitleIsRejected() {
            fixture.given(planWithGoals()).when(add("g4", null, GoalDetails.titled(""), "Because"))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.empty"));
        }

        @Test
        void aSubGoalOfAnUnknownParentIsRejected() {
            fixture.given(planWithGoals()).when(add("g4", "nope", GoalDetails.titled("Orphan"), "Because"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "goal.unknown-parent"));
        }

        @Test
        void aSubGoalOfARetiredGoalIsRejected() {
            List<Object> given = planWithGoals();
            given.add(new GoalRetired(PLAN, "g3", new PlanChange(ANNA, "Done differently", null)));
            fixture.given(given).when(add("g4", "g3", GoalDetails.titled("Late"), "Because"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.retired"));
        }

        @Test
        void aTargetBeyondWhatAnyIndicatorNeedsIsRejected() {
            GoalDetails huge = new GoalDetails("Huge", null, null, null, null, new BigDecimal("1e15"), null, null,
                    null, List.of());
            fixture.given(planWithGoals()).when(add("g4", null, huge, "Because"))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "goal.value-range"));
        }

        @Test
        void aDueDateOutsideTheProgrammesYearsIsRejected() {
            GoalDetails late = new GoalDetails("Late", null, null, null, null, null, LocalDate.parse("2300-01-01"),
                    null, null, List.of());
            fixture.given(planWithGoals()).when(add("g4", null, late, "Because"))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "date.out-of-range"));
        }

        @Test
        void aGoalIdTakenAlreadyIsRejected() {
            fixture.given(planWithGoals()).when(add("g2", null, GoalDetails.titled("Again"), "Because"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.exists"));
        }
    }

    @Nested
    class RevisingGoals {
        @Test
        void aRevisionChangesTheNamedFieldsAndSaysWhichChanged() {
            GoalDetails changes = new GoalDetails(null, null, null, null, null, new BigDecimal("75.0"), null, null,
                    GoalStatus.IN_PROGRESS, null);
            GoalDetails revised = new GoalDetails(CLIMATE.title(), null, CLIMATE.indicator(), CLIMATE.unit(),
                    CLIMATE.baseline(), new BigDecimal("75"), CLIMATE.dueDate(), ANNA, GoalStatus.IN_PROGRESS,
                    List.of("1", "3"));
            fixture.given(planWithGoals())
                    .when(new ReviseGoal(PLAN, ANNA, "g1", changes, List.of("target", "status"), "Raised ambition",
                            DECISION))
                    .expectEvents(new GoalRevised(PLAN, "g1", revised, List.of("target"),
                            new PlanChange(ANNA, "Raised ambition", DECISION)));
        }

        @Test
        void aRevisionThatChangesNothingIsRejected() {
            fixture.given(planWithGoals())
                    .when(new ReviseGoal(PLAN, ANNA, "g1", CLIMATE, List.of("title", "target"), "Same", null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "goal.no-change"));
        }

        @Test
        void anUnknownFieldIsRejected() {
            fixture.given(planWithGoals())
                    .when(new ReviseGoal(PLAN, ANNA, "g1", CLIMATE, List.of("colour"), "Because", null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "goal.unknown-field"));
        }

        @Test
        void aRevisionWithoutRationaleIsRejected() {
            fixture.given(planWithGoals())
                    .when(new ReviseGoal(PLAN, ANNA, "g2", GoalDetails.titled("New"), List.of("title"), null, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.empty"));
        }

        @Test
        void aRetiredGoalIsNotRevised() {
            List<Object> given = planWithGoals();
            given.add(new GoalRetired(PLAN, "g3", new PlanChange(ANNA, "Done differently", null)));
            fixture.given(given)
                    .when(new ReviseGoal(PLAN, ANNA, "g3", GoalDetails.titled("New"), List.of("title"), "Why", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.retired"));
        }

        @Test
        void anUnknownGoalIsNotRevised() {
            fixture.given(planWithGoals())
                    .when(new ReviseGoal(PLAN, ANNA, "g9", GoalDetails.titled("New"), List.of("title"), "Why", null))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "goal.unknown"));
        }
    }

    @Nested
    class MovingAndRetiring {
        @Test
        void aGoalMovesUnderAnotherParent() {
            fixture.given(planWithGoals()).when(new MoveGoal(PLAN, ANNA, "g3", "g1", "Belongs to the whole goal", null))
                    .expectEvents(new GoalMoved(PLAN, "g3", "g2", "g1",
                            new PlanChange(ANNA, "Belongs to the whole goal", null)));
        }

        @Test
        void movingAGoalUnderItsOwnSubGoalIsRejected() {
            fixture.given(planWithGoals()).when(new MoveGoal(PLAN, ANNA, "g1", "g3", "Upside down", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.cycle"));
        }

        @Test
        void movingAGoalUnderItselfIsRejected() {
            fixture.given(planWithGoals()).when(new MoveGoal(PLAN, ANNA, "g2", "g2", "Loop", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.cycle"));
        }

        @Test
        void aGoalRetiresWithItsRationale() {
            fixture.given(planWithGoals()).when(new RetireGoal(PLAN, ANNA, "g3", "The course moved to module 2", DECISION))
                    .expectEvents(new GoalRetired(PLAN, "g3",
                            new PlanChange(ANNA, "The course moved to module 2", DECISION)));
        }

        @Test
        void aGoalWithActiveSubGoalsIsNotRetired() {
            fixture.given(planWithGoals()).when(new RetireGoal(PLAN, ANNA, "g2", "Enough", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.has-sub-goals"));
        }

        @Test
        void aRetiredGoalIsNotRetiredAgain() {
            List<Object> given = planWithGoals();
            given.add(new GoalRetired(PLAN, "g3", new PlanChange(ANNA, "Done differently", null)));
            fixture.given(given).when(new RetireGoal(PLAN, ANNA, "g3", "Again", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.retired"));
        }
    }

    @Nested
    class RecordingProgress {
        @Test
        void progressIsRecordedWithItsDateAndComment() {
            fixture.given(planWithGoals())
                    .when(new RecordProgress(PLAN, ANNA, "g1", new BigDecimal("35.50"), LocalDate.parse("2026-11-27"),
                            "Half-year report"))
                    .expectEvents(new ProgressRecorded(PLAN, "g1", new BigDecimal("35.5"),
                            LocalDate.parse("2026-11-27"), "Half-year report", ANNA));
        }

        @Test
        void progressWithoutAValueIsRejected() {
            fixture.given(planWithGoals())
                    .when(new RecordProgress(PLAN, ANNA, "g1", null, LocalDate.parse("2026-11-27"), null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "progress.value-required"));
        }

        @Test
        void progressWithoutADateIsRejected() {
            fixture.given(planWithGoals())
                    .when(new RecordProgress(PLAN, ANNA, "g1", BigDecimal.ONE, null, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "progress.date-required"));
        }

        @Test
        void progressOnARetiredGoalIsRejected() {
            List<Object> given = planWithGoals();
            given.add(new GoalRetired(PLAN, "g3", new PlanChange(ANNA, "Done differently", null)));
            fixture.given(given)
                    .when(new RecordProgress(PLAN, ANNA, "g3", BigDecimal.ONE, LocalDate.parse("2026-11-27"), null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "goal.retired"));
        }
    }
}
