package se.pollinator.seminar;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.rules.RuleViolation.Kind;
import se.pollinator.seminar.SeminarCommands.AnswerNow;
import se.pollinator.seminar.SeminarCommands.AnswerPoll;
import se.pollinator.seminar.SeminarCommands.ApproveQuestion;
import se.pollinator.seminar.SeminarCommands.AskQuestion;
import se.pollinator.seminar.SeminarCommands.ChangeSeminarPhase;
import se.pollinator.seminar.SeminarCommands.ClosePoll;
import se.pollinator.seminar.SeminarCommands.CreatePoll;
import se.pollinator.seminar.SeminarCommands.CreateSeminar;
import se.pollinator.seminar.SeminarCommands.HideQuestion;
import se.pollinator.seminar.SeminarCommands.JoinSeminar;
import se.pollinator.seminar.SeminarCommands.MarkAnswered;
import se.pollinator.seminar.SeminarCommands.MergeQuestion;
import se.pollinator.seminar.SeminarCommands.NewOption;
import se.pollinator.seminar.SeminarCommands.OpenPoll;
import se.pollinator.seminar.SeminarCommands.RetractUpvote;
import se.pollinator.seminar.SeminarCommands.ShowPollResults;
import se.pollinator.seminar.SeminarCommands.UpvoteQuestion;
import se.pollinator.seminar.SeminarEvents.PollAnswered;
import se.pollinator.seminar.SeminarEvents.PollClosed;
import se.pollinator.seminar.SeminarEvents.PollCreated;
import se.pollinator.seminar.SeminarEvents.PollOpened;
import se.pollinator.seminar.SeminarEvents.PollResultsShown;
import se.pollinator.seminar.SeminarEvents.QuestionAnswered;
import se.pollinator.seminar.SeminarEvents.QuestionAnswering;
import se.pollinator.seminar.SeminarEvents.QuestionApproved;
import se.pollinator.seminar.SeminarEvents.QuestionAsked;
import se.pollinator.seminar.SeminarEvents.QuestionHidden;
import se.pollinator.seminar.SeminarEvents.QuestionMerged;
import se.pollinator.seminar.SeminarEvents.QuestionUpvoted;
import se.pollinator.seminar.SeminarEvents.SeminarCreated;
import se.pollinator.seminar.SeminarEvents.SeminarJoined;
import se.pollinator.seminar.SeminarEvents.SeminarPhaseChanged;
import se.pollinator.seminar.SeminarEvents.UpvoteRetracted;

import java.util.ArrayList;
import java.util.List;

import static se.pollinator.rules.Violations.violation;

class SeminarTest {

    private static final String S = "sem-1";
    private static final String FAC = "fia";
    private static final String MOD = "mona";
    private static final String ANNA = "anna";
    private static final String BO = "bo";
    private static final List<NewOption> OPTIONS = List.of(new NewOption("o1", "Ja"), new NewOption("o2", "Nej"),
            new NewOption("o3", "Vet inte"));

    private FixtureConfiguration<Seminar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Seminar.class);
    }

    private static List<Object> live(boolean moderated) {
        return new ArrayList<>(List.of(
                new SeminarCreated(S, FAC, "Terminsseminarium", 1, List.of("LUND"), null, List.of("Karin Ek"),
                        List.of(MOD), true, moderated),
                new SeminarJoined(S, FAC), new SeminarJoined(S, ANNA), new SeminarJoined(S, BO),
                new SeminarPhaseChanged(S, SeminarPhase.OPEN, SeminarPhase.LIVE, FAC)));
    }

    private static List<Object> withQuestion() {
        List<Object> events = live(false);
        events.add(new QuestionAsked(S, "q1", "Hur når vi fler?", ANNA, false, false));
        return events;
    }

    private static List<Object> withOpenPoll(boolean multiple) {
        List<Object> events = live(false);
        events.add(new PollCreated(S, "p1", "Har ni lotsar?", OPTIONS, multiple, MOD));
        events.add(new PollOpened(S, "p1", MOD));
        return events;
    }

    @Nested
    class Creating {
        @Test
        void aFacilitatorOpensASeminarWithSpeakersAndModeratorsAndJoinsIt() {
            fixture.givenNoPriorActivity()
                    .when(new CreateSeminar(S, FAC, " Terminsseminarium ", 1, List.of("LUND", "LUND"), null,
                            List.of(" Karin Ek "), List.of(MOD, FAC), true, true))
                    .expectEvents(new SeminarCreated(S, FAC, "Terminsseminarium", 1, List.of("LUND"), null,
                            List.of("Karin Ek"), List.of(MOD), true, true), new SeminarJoined(S, FAC));
        }

        @Test
        void aSeminarNeedsATitle() {
            fixture.givenNoPriorActivity()
                    .when(new CreateSeminar(S, FAC, " ", 1, List.of(), null, List.of(), List.of(), false, false))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.empty"));
        }

        @Test
        void joiningTwiceChangesNothing() {
            fixture.given(live(false)).when(new JoinSeminar(S, ANNA)).expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void thePhaseMovesOneStepForwardOnlyAndOnlyByAModerator() {
            fixture.given(live(false)).when(new ChangeSeminarPhase(S, ANNA, SeminarPhase.CLOSED))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "seminar.moderator-only"));
            fixture.given(live(false)).when(new ChangeSeminarPhase(S, MOD, SeminarPhase.OPEN))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.one-step"));
            fixture.given(live(false)).when(new ChangeSeminarPhase(S, MOD, SeminarPhase.CLOSED))
                    .expectEvents(new SeminarPhaseChanged(S, SeminarPhase.LIVE, SeminarPhase.CLOSED, MOD));
        }
    }

    @Nested
    class Questions {
        @Test
        void aParticipantAsksAQuestionThatShowsAtOnceInAnUnmoderatedSeminar() {
            fixture.given(live(false)).when(new AskQuestion(S, ANNA, "q1", " Hur når vi fler? ", true))
                    .expectEvents(new QuestionAsked(S, "q1", "Hur når vi fler?", ANNA, true, false));
        }

        @Test
        void inAModeratedSeminarTheAudiencesQuestionsAreHeldButAModeratorsAreNot() {
            fixture.given(live(true)).when(new AskQuestion(S, ANNA, "q1", "Fråga", false))
                    .expectEvents(new QuestionAsked(S, "q1", "Fråga", ANNA, false, true));
            fixture.given(live(true)).when(new AskQuestion(S, MOD, "q1", "Fråga", false))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
            List<Object> joined = live(true);
            joined.add(new SeminarJoined(S, MOD));
            fixture.given(joined).when(new AskQuestion(S, MOD, "q1", "Fråga", false))
                    .expectEvents(new QuestionAsked(S, "q1", "Fråga", MOD, false, false));
        }

        @Test
        void someoneWhoHasNotJoinedCannotAsk() {
            fixture.given(live(false)).when(new AskQuestion(S, "cleo", "q1", "Fråga", false))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
        }

        @Test
        void anonymousQuestionsOnlyWhereTheSeminarAllowsThem() {
            List<Object> named = live(false);
            named.set(0, new SeminarCreated(S, FAC, "T", 1, List.of(), null, List.of(), List.of(MOD), false, false));
            fixture.given(named).when(new AskQuestion(S, ANNA, "q1", "Fråga", true))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "seminar.anonymous-not-allowed"));
        }

        @Test
        void aQuestionIsTooLongOverItsLimit() {
            fixture.given(live(false)).when(new AskQuestion(S, ANNA, "q1", "x".repeat(Seminar.MAX_QUESTION + 1), false))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.too-long"));
        }

        @Test
        void onePersonVotesOnceForAQuestionAndMayTakeItBack() {
            fixture.given(withQuestion()).when(new UpvoteQuestion(S, BO, "q1"))
                    .expectEvents(new QuestionUpvoted(S, "q1", BO));
            List<Object> voted = withQuestion();
            voted.add(new QuestionUpvoted(S, "q1", BO));
            fixture.given(voted).when(new UpvoteQuestion(S, BO, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.already-voted"));
            fixture.given(voted).when(new RetractUpvote(S, BO, "q1"))
                    .expectEvents(new UpvoteRetracted(S, "q1", BO));
            fixture.given(withQuestion()).when(new RetractUpvote(S, BO, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.not-voted"));
        }

        @Test
        void noVotesForAHiddenOrHeldOrUnknownQuestion() {
            List<Object> hidden = withQuestion();
            hidden.add(new QuestionHidden(S, "q1", MOD));
            fixture.given(hidden).when(new UpvoteQuestion(S, BO, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.not-shown"));
            List<Object> held = live(true);
            held.add(new QuestionAsked(S, "q1", "Fråga", ANNA, false, true));
            fixture.given(held).when(new UpvoteQuestion(S, BO, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.not-shown"));
            fixture.given(withQuestion()).when(new UpvoteQuestion(S, BO, "q9"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "question.unknown"));
        }

        @Test
        void onlyModeratorsModerate() {
            List<Object> held = live(true);
            held.add(new QuestionAsked(S, "q1", "Fråga", ANNA, false, true));
            for (Object command : List.of(new ApproveQuestion(S, BO, "q1"), new HideQuestion(S, BO, "q1"),
                    new AnswerNow(S, BO, "q1"), new MarkAnswered(S, BO, "q1", null),
                    new MergeQuestion(S, BO, "q1", "q2"), new CreatePoll(S, BO, "p1", "?", OPTIONS, false))) {
                fixture.given(held).when(command)
                        .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "seminar.moderator-only"));
            }
            fixture.given(held).when(new ApproveQuestion(S, MOD, "q1"))
                    .expectEvents(new QuestionApproved(S, "q1", MOD));
        }

        @Test
        void oneQuestionIsAnsweredAtATimeWhileLive() {
            List<Object> two = withQuestion();
            two.add(new QuestionAsked(S, "q2", "Och sedan?", BO, false, false));
            two.add(new QuestionAnswering(S, "q1", MOD));
            fixture.given(two).when(new AnswerNow(S, FAC, "q2"))
                    .expectEvents(new QuestionAnswering(S, "q2", FAC));
            fixture.given(two).when(new AnswerNow(S, FAC, "q1"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(two).when(new MarkAnswered(S, MOD, "q1", " Med lotsar. "))
                    .expectEvents(new QuestionAnswered(S, "q1", "Med lotsar.", MOD));
            List<Object> open = live(false);
            open.remove(open.size() - 1);
            open.add(new QuestionAsked(S, "q1", "Fråga", ANNA, false, false));
            fixture.given(open).when(new AnswerNow(S, FAC, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "phase.wrong"));
        }

        @Test
        void aMergedQuestionsVotersVoteForTheOneItRepeats() {
            List<Object> duplicate = withQuestion();
            duplicate.add(new QuestionAsked(S, "q2", "Hur når vi fler människor?", BO, false, false));
            duplicate.add(new QuestionUpvoted(S, "q2", FAC));
            fixture.given(duplicate).when(new MergeQuestion(S, MOD, "q2", "q1"))
                    .expectEvents(new QuestionMerged(S, "q2", "q1", MOD));
            duplicate.add(new QuestionMerged(S, "q2", "q1", MOD));
            fixture.given(duplicate).when(new UpvoteQuestion(S, FAC, "q1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.already-voted"));
            fixture.given(duplicate).when(new MergeQuestion(S, MOD, "q1", "q1"))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "question.merge-itself"));
            fixture.given(duplicate).when(new MergeQuestion(S, MOD, "q1", "q2"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "question.merge-shown"));
        }
    }

    @Nested
    class Polls {
        @Test
        void aModeratorCreatesOpensAndClosesAPollAndShowsItsResults() {
            fixture.given(live(false)).when(new CreatePoll(S, MOD, "p1", "Har ni lotsar?", OPTIONS, false))
                    .expectEvents(new PollCreated(S, "p1", "Har ni lotsar?", OPTIONS, false, MOD));
            fixture.given(withOpenPoll(false)).when(new ClosePoll(S, MOD, "p1"))
                    .expectEvents(new PollClosed(S, "p1", MOD));
            fixture.given(withOpenPoll(false)).when(new ShowPollResults(S, FAC, "p1", true))
                    .expectEvents(new PollResultsShown(S, "p1", true, FAC));
            fixture.given(withOpenPoll(false)).when(new OpenPoll(S, MOD, "p1"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "poll.opened-before"));
        }

        @Test
        void aPollHasTwoToTenOptions() {
            fixture.given(live(false)).when(new CreatePoll(S, MOD, "p1", "?", List.of(new NewOption("o1", "Ja")), false))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "poll.options"));
        }

        @Test
        void eachParticipantAnswersAnOpenPollOnceWithAsManyChoicesAsItAllows() {
            fixture.given(withOpenPoll(false)).when(new AnswerPoll(S, ANNA, "p1", List.of("o2")))
                    .expectEvents(new PollAnswered(S, "p1", List.of("o2"), ANNA));
            fixture.given(withOpenPoll(false)).when(new AnswerPoll(S, ANNA, "p1", List.of("o1", "o2")))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "poll.choice"));
            fixture.given(withOpenPoll(true)).when(new AnswerPoll(S, ANNA, "p1", List.of("o1", "o2", "o1")))
                    .expectEvents(new PollAnswered(S, "p1", List.of("o1", "o2"), ANNA));
            fixture.given(withOpenPoll(false)).when(new AnswerPoll(S, ANNA, "p1", List.of("o9")))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "poll.option-unknown"));
            List<Object> answered = withOpenPoll(false);
            answered.add(new PollAnswered(S, "p1", List.of("o2"), ANNA));
            fixture.given(answered).when(new AnswerPoll(S, ANNA, "p1", List.of("o1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "poll.already-answered"));
        }

        @Test
        void noAnswerAfterThePollClosedOrBeforeItOpened() {
            List<Object> closed = withOpenPoll(false);
            closed.add(new PollClosed(S, "p1", MOD));
            fixture.given(closed).when(new AnswerPoll(S, ANNA, "p1", List.of("o1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "poll.closed"));
            List<Object> created = live(false);
            created.add(new PollCreated(S, "p1", "?", OPTIONS, false, MOD));
            fixture.given(created).when(new AnswerPoll(S, ANNA, "p1", List.of("o1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "poll.not-open"));
        }
    }

    @Test
    void nothingChangesOnceTheSeminarIsClosed() {
        List<Object> closed = withOpenPoll(false);
        closed.add(new QuestionAsked(S, "q1", "Fråga", ANNA, false, false));
        closed.add(new SeminarPhaseChanged(S, SeminarPhase.LIVE, SeminarPhase.CLOSED, FAC));
        for (Object command : List.of(new AskQuestion(S, ANNA, "q2", "Till", false), new UpvoteQuestion(S, BO, "q1"),
                new AnswerPoll(S, ANNA, "p1", List.of("o1")), new JoinSeminar(S, "cleo"),
                new MarkAnswered(S, MOD, "q1", null), new ChangeSeminarPhase(S, FAC, SeminarPhase.CLOSED))) {
            fixture.given(closed).when(command)
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "seminar.closed"));
        }
    }
}
