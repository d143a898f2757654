package se.pollinator.thinktank;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.rules.RuleViolation.Kind;
import se.pollinator.thinktank.ThinkTankCommands.AddQuestion;
import se.pollinator.thinktank.ThinkTankCommands.ChangeThinkTankPhase;
import se.pollinator.thinktank.ThinkTankCommands.ClusterInsights;
import se.pollinator.thinktank.ThinkTankCommands.CommentOnInsight;
import se.pollinator.thinktank.ThinkTankCommands.CreateThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.DraftRecommendation;
import se.pollinator.thinktank.ThinkTankCommands.InviteExpert;
import se.pollinator.thinktank.ThinkTankCommands.JoinThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;
import se.pollinator.thinktank.ThinkTankCommands.PostInsight;
import se.pollinator.thinktank.ThinkTankCommands.SupportInsight;
import se.pollinator.thinktank.ThinkTankCommands.WithdrawSupport;
import se.pollinator.thinktank.ThinkTankEvents.ExpertInvited;
import se.pollinator.thinktank.ThinkTankEvents.InsightCommented;
import se.pollinator.thinktank.ThinkTankEvents.InsightPosted;
import se.pollinator.thinktank.ThinkTankEvents.InsightSupported;
import se.pollinator.thinktank.ThinkTankEvents.InsightsClustered;
import se.pollinator.thinktank.ThinkTankEvents.QuestionAdded;
import se.pollinator.thinktank.ThinkTankEvents.RecommendationDrafted;
import se.pollinator.thinktank.ThinkTankEvents.SupportWithdrawn;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankJoined;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankPhaseChanged;

import java.util.ArrayList;
import java.util.List;

import static se.pollinator.rules.Violations.violation;

class ThinkTankTest {

    private static final String TT = "tt-1";
    private static final String FAC = "fia";
    private static final String EXPERT = "erik";
    private static final String MEMBER = "maja";
    private static final Addressee MODULE_3 = new Addressee(Addressee.MODULE, "3");
    private static final List<NewQuestion> QUESTIONS = List.of(new NewQuestion("q1", "Hur sprider vi lärandet?"),
            new NewQuestion("q2", "Vad hindrar?"));

    private FixtureConfiguration<ThinkTank> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ThinkTank.class);
    }

    private static List<Object> created() {
        return new ArrayList<>(List.of(
                new ThinkTankCreated(TT, FAC, "Kvartalets tankesmedja", 3, false, List.of("LUND"), null, QUESTIONS,
                        List.of(EXPERT)),
                new ThinkTankJoined(TT, FAC)));
    }

    private static List<Object> exploring() {
        List<Object> events = created();
        events.add(new ThinkTankJoined(TT, EXPERT));
        events.add(new ThinkTankJoined(TT, MEMBER));
        events.add(new ThinkTankPhaseChanged(TT, ThinkTankPhase.PREPARE, ThinkTankPhase.EXPLORE, FAC));
        events.add(new InsightPosted(TT, "q1", "i1", "Lotsar sprider bäst", null, MEMBER));
        events.add(new InsightPosted(TT, "q1", "i2", "Korta utbildningar", "https://example.se/rapport", EXPERT));
        events.add(new InsightPosted(TT, "q2", "i3", "Tidsbrist", null, MEMBER));
        return events;
    }

    private static List<Object> recommending() {
        List<Object> events = exploring();
        events.add(new ThinkTankPhaseChanged(TT, ThinkTankPhase.EXPLORE, ThinkTankPhase.RECOMMEND, FAC));
        return events;
    }

    private static List<Object> closed() {
        List<Object> events = recommending();
        events.add(new ThinkTankPhaseChanged(TT, ThinkTankPhase.RECOMMEND, ThinkTankPhase.CLOSED, FAC));
        return events;
    }

    @Nested
    class Creating {
        @Test
        void aFacilitatorOpensAThinkTankWithQuestionsAndInvitedExperts() {
            fixture.givenNoPriorActivity()
                    .when(new CreateThinkTank(TT, FAC, " Kvartalets tankesmedja ", 3, false, List.of("LUND"), null,
                            QUESTIONS, List.of(EXPERT, EXPERT)))
                    .expectEvents(created().toArray());
        }

        @Test
        void aProgrammeWideThinkTankNamesNoModule() {
            fixture.givenNoPriorActivity()
                    .when(new CreateThinkTank(TT, FAC, "Årets tankesmedja", 3, true, List.of(), null, QUESTIONS, null))
                    .expectEvents(new ThinkTankCreated(TT, FAC, "Årets tankesmedja", null, true, List.of(), null,
                            QUESTIONS, List.of()), new ThinkTankJoined(TT, FAC));
        }

        @Test
        void aThinkTankWithoutQuestionsIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateThinkTank(TT, FAC, "Tom", 3, false, null, null, List.of(), null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "thinktank.question-required"));
        }

        @Test
        void aThinkTankOfNoModuleThatIsNotProgrammeWideIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateThinkTank(TT, FAC, "Vilsen", null, false, null, null, QUESTIONS, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "thinktank.module-required"));
        }
    }

    @Nested
    class Preparing {
        @Test
        void theFacilitatorAddsQuestionsAndInvitesExperts() {
            fixture.given(created()).when(new AddQuestion(TT, FAC, "q3", "Vad ska vi sluta med?"))
                    .expectEvents(new QuestionAdded(TT, "q3", "Vad ska vi sluta med?", FAC));
            fixture.given(created()).when(new InviteExpert(TT, FAC, "ylva"))
                    .expectEvents(new ExpertInvited(TT, "ylva", FAC));
        }

        @Test
        void onlyTheFacilitatorEditsQuestions() {
            fixture.given(created()).when(new AddQuestion(TT, EXPERT, "q3", "Min fråga"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.edit-questions"));
        }

        @Test
        void questionsAreNotAddedOnceExploring() {
            fixture.given(exploring()).when(new AddQuestion(TT, FAC, "q3", "Sent"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
        }

        @Test
        void anInvitedExpertJoinsAndAnUninvitedPersonOutsideTheModuleDoesNot() {
            fixture.given(created()).when(new JoinThinkTank(TT, EXPERT, false))
                    .expectEvents(new ThinkTankJoined(TT, EXPERT));
            fixture.given(created()).when(new JoinThinkTank(TT, "olle", false))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "thinktank.invitation-required"));
            fixture.given(created()).when(new JoinThinkTank(TT, "olle", true))
                    .expectEvents(new ThinkTankJoined(TT, "olle"));
        }

        @Test
        void thePhaseMovesOneStepAtATime() {
            fixture.given(created()).when(new ChangeThinkTankPhase(TT, FAC, ThinkTankPhase.RECOMMEND))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.one-step"));
        }
    }

    @Nested
    class Exploring {
        @Test
        void aParticipantPostsAnInsightWithEvidence() {
            fixture.given(exploring())
                    .when(new PostInsight(TT, MEMBER, "q2", "i4", "Chefer saknar mandat", " Enkät 2026 "))
                    .expectEvents(new InsightPosted(TT, "q2", "i4", "Chefer saknar mandat", "Enkät 2026", MEMBER));
        }

        @Test
        void anInsightOnAnUnknownQuestionIsRejected() {
            fixture.given(exploring()).when(new PostInsight(TT, MEMBER, "q9", "i4", "Vilse", null))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "question.unknown"));
        }

        @Test
        void someoneWhoHasNotJoinedPostsNothing() {
            fixture.given(exploring()).when(new PostInsight(TT, "olle", "q1", "i4", "Utifrån", null))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
        }

        @Test
        void insightsWaitForTheExplorePhase() {
            List<Object> given = created();
            given.add(new ThinkTankJoined(TT, MEMBER));
            fixture.given(given).when(new PostInsight(TT, MEMBER, "q1", "i4", "För tidigt", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
        }

        @Test
        void participantsCommentClusterAndSupportInsights() {
            fixture.given(exploring()).when(new CommentOnInsight(TT, EXPERT, "i1", "c1", "Stämmer med forskningen"))
                    .expectEvents(new InsightCommented(TT, "i1", "c1", "Stämmer med forskningen", EXPERT));
            fixture.given(exploring()).when(new ClusterInsights(TT, MEMBER, "k1", "Spridning", List.of("i1", "i2")))
                    .expectEvents(new InsightsClustered(TT, "k1", "Spridning", List.of("i1", "i2"), MEMBER));
            fixture.given(exploring()).when(new SupportInsight(TT, EXPERT, "i1"))
                    .expectEvents(new InsightSupported(TT, "i1", EXPERT));
        }

        @Test
        void supportingTwiceCountsOnceAndOnlyGivenSupportIsWithdrawn() {
            List<Object> given = exploring();
            given.add(new InsightSupported(TT, "i1", EXPERT));
            fixture.given(given).when(new SupportInsight(TT, EXPERT, "i1")).expectNoEvents();
            fixture.given(given).when(new WithdrawSupport(TT, EXPERT, "i1"))
                    .expectEvents(new SupportWithdrawn(TT, "i1", EXPERT));
            fixture.given(given).when(new WithdrawSupport(TT, MEMBER, "i1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "support.none"));
        }

        @Test
        void aClusterAcrossQuestionsIsRejected() {
            fixture.given(exploring()).when(new ClusterInsights(TT, MEMBER, "k1", null, List.of("i1", "i3")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "cluster.one-question"));
        }
    }

    @Nested
    class Recommending {
        @Test
        void anExpertDraftsARecommendationBasedOnInsights() {
            fixture.given(recommending())
                    .when(new DraftRecommendation(TT, EXPERT, "r1", "Inför lotsar i alla förvaltningar", MODULE_3,
                            List.of("i1", "i2")))
                    .expectEvents(new RecommendationDrafted(TT, "r1", "Inför lotsar i alla förvaltningar", MODULE_3,
                            List.of("i1", "i2"), EXPERT));
        }

        @Test
        void aRecommendationOutsideTheRecommendPhaseIsRejected() {
            fixture.given(exploring())
                    .when(new DraftRecommendation(TT, FAC, "r1", "För tidigt", MODULE_3, List.of("i1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
        }

        @Test
        void aRecommendationBasedOnAnUnknownInsightIsRejected() {
            fixture.given(recommending())
                    .when(new DraftRecommendation(TT, FAC, "r1", "Grundlös", MODULE_3, List.of("i1", "i9")))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "insight.unknown"));
        }

        @Test
        void aRecommendationBasedOnNothingIsRejected() {
            fixture.given(recommending())
                    .when(new DraftRecommendation(TT, FAC, "r1", "Grundlös", MODULE_3, List.of()))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "recommendation.basis-required"));
        }

        @Test
        void aParticipantWhoIsNoExpertDraftsNoRecommendation() {
            fixture.given(recommending())
                    .when(new DraftRecommendation(TT, MEMBER, "r1", "Min idé", MODULE_3, List.of("i1")))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "recommendation.experts-only"));
        }

        @Test
        void aRecommendationMustBeAddressed() {
            fixture.given(recommending())
                    .when(new DraftRecommendation(TT, FAC, "r1", "Till vem?", new Addressee("PLANET", "x"),
                            List.of("i1")))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "recommendation.addressee"));
        }

        @Test
        void nothingChangesInAClosedThinkTank() {
            fixture.given(closed()).when(new DraftRecommendation(TT, FAC, "r1", "Sent", MODULE_3, List.of("i1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "thinktank.closed"));
            fixture.given(closed()).when(new SupportInsight(TT, MEMBER, "i1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "thinktank.closed"));
            fixture.given(closed()).when(new ChangeThinkTankPhase(TT, FAC, ThinkTankPhase.RECOMMEND))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "thinktank.closed"));
        }
    }

    @Nested
    class Timer {
        private final java.time.Instant start = java.time.Instant.parse("2026-11-27T10:00:00Z");

        @Test
        void theFacilitatorStartsAndStopsTheCountdown() {
            fixture.given(exploring())
                    .when(new ThinkTankCommands.StartThinkTankTimer(TT, FAC, start, start.plusSeconds(600)))
                    .expectEvents(new ThinkTankEvents.ThinkTankTimerStarted(TT, start, start.plusSeconds(600), FAC));
            List<Object> running = exploring();
            running.add(new ThinkTankEvents.ThinkTankTimerStarted(TT, start, start.plusSeconds(600), FAC));
            fixture.given(running).when(new ThinkTankCommands.StopThinkTankTimer(TT, FAC))
                    .expectEvents(new ThinkTankEvents.ThinkTankTimerStopped(TT, FAC));
        }

        @Test
        void aTimerLongerThanTwoHoursOrOneNotRunningIsRefused() {
            fixture.given(exploring())
                    .when(new ThinkTankCommands.StartThinkTankTimer(TT, FAC, start, start.plusSeconds(3 * 3600)))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "timer.too-long"));
            fixture.given(exploring()).when(new ThinkTankCommands.StopThinkTankTimer(TT, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "timer.not-running"));
            fixture.given(exploring())
                    .when(new ThinkTankCommands.StartThinkTankTimer(TT, EXPERT, start, start.plusSeconds(60)))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.start-timer"));
        }
    }

    /** Each command once refused, where the cases above leave that side out. */
    @Nested
    class RefusedToo {
        @Test
        void onlyTheFacilitatorInvitesExpertsAndNotOnceClosed() {
            fixture.given(created()).when(new InviteExpert(TT, EXPERT, "ylva"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.invite"));
            fixture.given(closed()).when(new InviteExpert(TT, FAC, "ylva"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "thinktank.closed"));
        }

        @Test
        void aCommentNeedsAParticipantAKnownInsightAndTheExplorePhase() {
            fixture.given(exploring()).when(new CommentOnInsight(TT, "olle", "i1", "c1", "Utifrån"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
            fixture.given(exploring()).when(new CommentOnInsight(TT, MEMBER, "i9", "c1", "Vilken?"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "insight.unknown"));
            fixture.given(recommending()).when(new CommentOnInsight(TT, MEMBER, "i1", "c1", "Sent"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
        }

        @Test
        void aClusterPutsTogetherAtLeastTwoKnownInsights() {
            fixture.given(exploring()).when(new ClusterInsights(TT, MEMBER, "k1", "Ensam", List.of("i1")))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "cluster.too-few"));
            fixture.given(exploring()).when(new ClusterInsights(TT, MEMBER, "k1", "Okänd", List.of("i1", "i9")))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "insight.unknown"));
        }

        @Test
        void supportWaitsForTheInsightsAndOnlyTheFacilitatorMovesThePhase() {
            fixture.given(created()).when(new SupportInsight(TT, FAC, "i1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
            fixture.given(created()).when(new ChangeThinkTankPhase(TT, EXPERT, ThinkTankPhase.EXPLORE))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.move-phase"));
        }
    }
}
