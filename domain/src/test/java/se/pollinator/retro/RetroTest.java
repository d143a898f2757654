package se.pollinator.retro;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.retro.RetroCommands.AddActionItem;
import se.pollinator.retro.RetroCommands.AddCard;
import se.pollinator.retro.RetroCommands.AddParticipant;
import se.pollinator.retro.RetroCommands.CastVote;
import se.pollinator.retro.RetroCommands.ChangePhase;
import se.pollinator.retro.RetroCommands.CreateRetro;
import se.pollinator.retro.RetroCommands.DeleteActionItem;
import se.pollinator.retro.RetroCommands.DeleteCard;
import se.pollinator.retro.RetroCommands.DeleteDecision;
import se.pollinator.retro.RetroCommands.EditActionItem;
import se.pollinator.retro.RetroCommands.EditCard;
import se.pollinator.retro.RetroCommands.EditDecision;
import se.pollinator.retro.RetroCommands.FocusTopic;
import se.pollinator.retro.RetroCommands.GroupCards;
import se.pollinator.retro.RetroCommands.JoinRetro;
import se.pollinator.retro.RetroCommands.MoveCard;
import se.pollinator.retro.RetroCommands.NameGroup;
import se.pollinator.retro.RetroCommands.OpenToModule;
import se.pollinator.retro.RetroCommands.RecordDecision;
import se.pollinator.retro.RetroCommands.RenewJoinLink;
import se.pollinator.retro.RetroCommands.RetractVote;
import se.pollinator.retro.RetroCommands.ReviewEarlierAction;
import se.pollinator.retro.RetroCommands.StartTimer;
import se.pollinator.retro.RetroCommands.StopTimer;
import se.pollinator.retro.RetroCommands.UngroupCard;
import se.pollinator.retro.RetroEvents.ActionItemAdded;
import se.pollinator.retro.RetroEvents.ActionItemDeleted;
import se.pollinator.retro.RetroEvents.ActionItemEdited;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.RetroEvents.CardDeleted;
import se.pollinator.retro.RetroEvents.CardEdited;
import se.pollinator.retro.RetroEvents.CardMoved;
import se.pollinator.retro.RetroEvents.CardUngrouped;
import se.pollinator.retro.RetroEvents.CardsGrouped;
import se.pollinator.retro.RetroEvents.DecisionDeleted;
import se.pollinator.retro.RetroEvents.DecisionEdited;
import se.pollinator.retro.RetroEvents.DecisionRecorded;
import se.pollinator.retro.RetroEvents.EarlierActionReviewed;
import se.pollinator.retro.RetroEvents.GroupNamed;
import se.pollinator.retro.RetroEvents.JoinLinkRenewed;
import se.pollinator.retro.RetroEvents.ModuleOpennessChanged;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.PhaseChanged;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.TimerStarted;
import se.pollinator.retro.RetroEvents.TimerStopped;
import se.pollinator.retro.RetroEvents.TopicFocused;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.rules.RuleViolation;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

class RetroTest {

    private static final String RETRO = "retro-1";
    private static final String FACILITATOR = "anna";
    private static final String ALICE = "alice";
    private static final String BOB = "bob";
    private static final String OUTSIDER = "olle";
    private static final String TOKEN = "share-link-token-0123456789";
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final EarlierAction EARLIER =
            new EarlierAction("act-0", "retro-0", "Book the room", ALICE, LocalDate.parse("2026-11-30"));

    private FixtureConfiguration<Retro> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Retro.class);
    }

    private static RetroCreated created(boolean anonymous, boolean privateReflection) {
        return new RetroCreated(RETRO, FACILITATOR, "November retro", 2, "LUND", null, 3, anonymous,
                privateReflection, List.of(EARLIER), TOKEN, false);
    }

    private static List<Object> openRetro() {
        return new ArrayList<>(List.of(created(false, true),
                new ParticipantJoined(RETRO, FACILITATOR),
                new ParticipantJoined(RETRO, ALICE),
                new ParticipantJoined(RETRO, BOB),
                new CardAdded(RETRO, "c1", ALICE, Column.STRENGTHEN, "Short meetings"),
                new CardAdded(RETRO, "c2", BOB, Column.STRENGTHEN, "Shared notes"),
                new CardAdded(RETRO, "c3", BOB, Column.STOP, "Late agendas")));
    }

    private static List<Object> inPhase(Phase phase) {
        List<Object> events = openRetro();
        Phase current = Phase.REFLECT;
        while (current != phase) {
            Phase next = Phase.values()[current.ordinal() + 1];
            events.add(new PhaseChanged(RETRO, current, next, FACILITATOR));
            current = next;
        }
        return events;
    }

    private void rejected(List<Object> given, Object command, RuleViolation.Kind kind, String messagePart) {
        fixture.given(given).when(command)
                .expectNoEvents()
                .expectException(violation(kind, messagePart));
    }

    private static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String messagePart) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation item) {
                return item.kind() == kind && item.getMessage().contains(messagePart);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rule violation saying \"" + messagePart + "\"");
            }
        };
    }

    @Nested
    class Creating {
        @Test
        void aRetroOpensInReflectWithItsFacilitatorAsParticipant() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, "  November retro ", 2, "LUND", null, null,
                            null, null, List.of(EARLIER), TOKEN, null))
                    .expectEvents(created(false, true), new ParticipantJoined(RETRO, FACILITATOR));
        }

        @Test
        void anEmptyTitleIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, " ", 2, null, null, null, null, null, null, TOKEN, null))
                    .expectNoEvents()
                    .expectException(violation(RuleViolation.Kind.INVALID, "title must not be empty"));
        }

        @Test
        void aModuleNumberBelowOneIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, "Retro", 0, null, null, null, null, null, null, TOKEN, null))
                    .expectNoEvents()
                    .expectException(violation(RuleViolation.Kind.INVALID, "module 0 does not exist"));
        }

        @Test
        void aTitleWithANulCharacterIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, "nul\u0000title", 2, null, null, null, null, null, null, TOKEN, null))
                    .expectNoEvents()
                    .expectException(violation(RuleViolation.Kind.INVALID, "U+0000"));
        }

        @Test
        void aScheduledTimeOutsideTheSaneRangeIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, "Retro", 2, null, Instant.parse("2300-01-01T00:00:00Z"),
                            null, null, null, null, TOKEN, null))
                    .expectNoEvents()
                    .expectException(violation(RuleViolation.Kind.INVALID, "between 2000-01-01 and 2100-12-31"));
        }

        @Test
        void aVoteBudgetOfZeroIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new CreateRetro(RETRO, FACILITATOR, "Retro", 1, null, null, 0, null, null, null, TOKEN, null))
                    .expectNoEvents()
                    .expectException(violation(RuleViolation.Kind.INVALID, "vote budget"));
        }
    }

    @Nested
    class Joining {
        @Test
        void aPersonJoinsWithTheShareLinksToken() {
            fixture.given(openRetro()).when(new JoinRetro(RETRO, OUTSIDER, TOKEN, false))
                    .expectEvents(new ParticipantJoined(RETRO, OUTSIDER));
        }

        @Test
        void aPersonWithoutTheTokenIsRefused() {
            rejected(openRetro(), new JoinRetro(RETRO, OUTSIDER, null, true), RuleViolation.Kind.FORBIDDEN,
                    "share link");
            rejected(openRetro(), new JoinRetro(RETRO, OUTSIDER, "guessed-token-0123456789", false),
                    RuleViolation.Kind.FORBIDDEN, "share link");
        }

        @Test
        void aRenewedLinkRevokesTheOldToken() {
            List<Object> renewed = openRetro();
            renewed.add(new JoinLinkRenewed(RETRO, "new-share-link-token-9876", FACILITATOR));
            rejected(renewed, new JoinRetro(RETRO, OUTSIDER, TOKEN, false), RuleViolation.Kind.FORBIDDEN, "share link");
            fixture.given(renewed).when(new JoinRetro(RETRO, OUTSIDER, "new-share-link-token-9876", false))
                    .expectEvents(new ParticipantJoined(RETRO, OUTSIDER));
        }

        @Test
        void onlyTheFacilitatorRenewsTheLinkWithALongEnoughToken() {
            fixture.given(openRetro()).when(new RenewJoinLink(RETRO, FACILITATOR, "new-share-link-token-9876"))
                    .expectEvents(new JoinLinkRenewed(RETRO, "new-share-link-token-9876", FACILITATOR));
            rejected(openRetro(), new RenewJoinLink(RETRO, ALICE, "new-share-link-token-9876"),
                    RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
            rejected(openRetro(), new RenewJoinLink(RETRO, FACILITATOR, "short"), RuleViolation.Kind.INVALID,
                    "at least 16");
        }

        @Test
        void aRetroOpenToItsModuleLetsTheModulesPeopleJoinWithoutTheLink() {
            List<Object> open = openRetro();
            open.add(new ModuleOpennessChanged(RETRO, true, FACILITATOR));
            fixture.given(open).when(new JoinRetro(RETRO, OUTSIDER, null, true))
                    .expectEvents(new ParticipantJoined(RETRO, OUTSIDER));
            rejected(open, new JoinRetro(RETRO, OUTSIDER, null, false), RuleViolation.Kind.FORBIDDEN, "share link");
        }

        @Test
        void theFacilitatorOpensTheRetroToItsModuleOnce() {
            fixture.given(openRetro()).when(new OpenToModule(RETRO, FACILITATOR, true))
                    .expectEvents(new ModuleOpennessChanged(RETRO, true, FACILITATOR));
            fixture.given(openRetro()).when(new OpenToModule(RETRO, FACILITATOR, false)).expectNoEvents();
            rejected(openRetro(), new OpenToModule(RETRO, BOB, true), RuleViolation.Kind.FORBIDDEN,
                    "Only the facilitator");
        }

        @Test
        void theFacilitatorAddsAPerson() {
            fixture.given(openRetro()).when(new AddParticipant(RETRO, FACILITATOR, OUTSIDER))
                    .expectEvents(new ParticipantJoined(RETRO, OUTSIDER, FACILITATOR));
            rejected(openRetro(), new AddParticipant(RETRO, ALICE, OUTSIDER), RuleViolation.Kind.FORBIDDEN,
                    "Only the facilitator");
        }

        @Test
        void joiningTwiceIsHarmless() {
            fixture.given(openRetro()).when(new JoinRetro(RETRO, ALICE, null, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aClosedRetroCannotBeJoined() {
            rejected(inPhase(Phase.CLOSED), new JoinRetro(RETRO, OUTSIDER, TOKEN, false), RuleViolation.Kind.CONFLICT,
                    "closed");
        }
    }

    @Nested
    class Reflecting {
        @Test
        void aParticipantAddsACard() {
            fixture.given(openRetro()).when(new AddCard(RETRO, "c9", ALICE, Column.KEEP, " Fika "))
                    .expectEvents(new CardAdded(RETRO, "c9", ALICE, Column.KEEP, "Fika"));
        }

        @Test
        void aCardOf500CharactersIsAccepted() {
            String text = "å".repeat(500);
            fixture.given(openRetro()).when(new AddCard(RETRO, "c9", ALICE, Column.KEEP, text))
                    .expectEvents(new CardAdded(RETRO, "c9", ALICE, Column.KEEP, text));
        }

        @Test
        void aCardOver500CharactersIsRejected() {
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "x".repeat(501)),
                    RuleViolation.Kind.INVALID, "at most 500");
        }

        @Test
        void aCardOfZeroWidthCharactersOnlyIsRejected() {
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "\u200B\u200D\uFEFF"),
                    RuleViolation.Kind.INVALID, "visible characters");
        }

        @Test
        void aCardKeepsItsLineBreaksAndTabsButNoOtherControlCharacter() {
            fixture.given(openRetro()).when(new AddCard(RETRO, "c9", ALICE, Column.KEEP, "one\r\n\ttwo"))
                    .expectEvents(new CardAdded(RETRO, "c9", ALICE, Column.KEEP, "one\n\ttwo"));
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "bell\u0007"),
                    RuleViolation.Kind.INVALID, "U+0007");
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "half \uD800 a pair"),
                    RuleViolation.Kind.INVALID, "U+D800");
        }

        @Test
        void anEmptyCardIsRejected() {
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "   "),
                    RuleViolation.Kind.INVALID, "must not be empty");
        }

        @Test
        void aCardWithoutColumnIsRejected() {
            rejected(openRetro(), new AddCard(RETRO, "c9", ALICE, null, "Fika"),
                    RuleViolation.Kind.INVALID, "column is required");
        }

        @Test
        void aNonParticipantCannotAddCards() {
            rejected(openRetro(), new AddCard(RETRO, "c9", OUTSIDER, Column.KEEP, "Fika"),
                    RuleViolation.Kind.FORBIDDEN, "You are not a participant of this session; join it first");
        }

        @Test
        void cardsCannotBeAddedAfterReflecting() {
            rejected(inPhase(Phase.GROUP), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "Fika"),
                    RuleViolation.Kind.CONFLICT, "only be added while reflecting");
        }

        @Test
        void aCardIdCannotBeReused() {
            rejected(openRetro(), new AddCard(RETRO, "c1", ALICE, Column.KEEP, "Fika"),
                    RuleViolation.Kind.CONFLICT, "already used");
        }

        @Test
        void theAuthorEditsTheirCard() {
            fixture.given(openRetro()).when(new EditCard(RETRO, "c1", ALICE, "Shorter meetings"))
                    .expectEvents(new CardEdited(RETRO, "c1", "Shorter meetings"));
        }

        @Test
        void nobodyEditsAnotherPersonsCard() {
            rejected(openRetro(), new EditCard(RETRO, "c1", BOB, "Mine now"),
                    RuleViolation.Kind.FORBIDDEN, "your own cards");
        }

        @Test
        void editingAnUnknownCardIsRejected() {
            rejected(openRetro(), new EditCard(RETRO, "nope", ALICE, "Text"),
                    RuleViolation.Kind.NOT_FOUND, "no card nope");
        }

        @Test
        void theAuthorDeletesTheirCard() {
            fixture.given(openRetro()).when(new DeleteCard(RETRO, "c1", ALICE))
                    .expectEvents(new CardDeleted(RETRO, "c1"));
        }

        @Test
        void nobodyDeletesAnotherPersonsCard() {
            rejected(openRetro(), new DeleteCard(RETRO, "c1", BOB), RuleViolation.Kind.FORBIDDEN, "your own cards");
        }

        @Test
        void cardsCannotBeDeletedAfterReflecting() {
            rejected(inPhase(Phase.GROUP), new DeleteCard(RETRO, "c1", ALICE),
                    RuleViolation.Kind.CONFLICT, "only be deleted while reflecting");
        }
    }

    @Nested
    class Grouping {
        @Test
        void anyParticipantGroupsCardsOfOneColumn() {
            fixture.given(inPhase(Phase.GROUP)).when(new GroupCards(RETRO, "g1", ALICE, List.of("c1", "c2")))
                    .expectEvents(new CardsGrouped(RETRO, "g1", Column.STRENGTHEN, List.of("c1", "c2"), ALICE));
        }

        @Test
        void cardsOfDifferentColumnsCannotShareAGroup() {
            rejected(inPhase(Phase.GROUP), new GroupCards(RETRO, "g1", ALICE, List.of("c1", "c3")),
                    RuleViolation.Kind.CONFLICT, "share a column");
        }

        @Test
        void groupingIsOnlyForTheGroupPhase() {
            rejected(openRetro(), new GroupCards(RETRO, "g1", ALICE, List.of("c1", "c2")),
                    RuleViolation.Kind.CONFLICT, "group phase");
        }

        @Test
        void aGroupIdThatIsNotAPlainIdIsRejected() {
            rejected(inPhase(Phase.GROUP), new GroupCards(RETRO, "g\u00001", ALICE, List.of("c1")),
                    RuleViolation.Kind.INVALID, "letters, digits or dashes");
        }

        @Test
        void groupingAnUnknownCardIsRejected() {
            rejected(inPhase(Phase.GROUP), new GroupCards(RETRO, "g1", ALICE, List.of("c1", "zz")),
                    RuleViolation.Kind.NOT_FOUND, "no card zz");
        }

        @Test
        void aGroupIsNamed() {
            List<Object> given = inPhase(Phase.GROUP);
            given.add(new CardsGrouped(RETRO, "g1", Column.STRENGTHEN, List.of("c1", "c2"), ALICE));
            fixture.given(given).when(new NameGroup(RETRO, "g1", BOB, "Meeting culture"))
                    .expectEvents(new GroupNamed(RETRO, "g1", "Meeting culture", BOB));
        }

        @Test
        void naminganUnknownGroupIsRejected() {
            rejected(inPhase(Phase.GROUP), new NameGroup(RETRO, "g9", BOB, "Name"),
                    RuleViolation.Kind.NOT_FOUND, "no group g9");
        }

        @Test
        void aCardIsUngrouped() {
            List<Object> given = inPhase(Phase.GROUP);
            given.add(new CardsGrouped(RETRO, "g1", Column.STRENGTHEN, List.of("c1", "c2"), ALICE));
            fixture.given(given).when(new UngroupCard(RETRO, "c2", BOB))
                    .expectEvents(new CardUngrouped(RETRO, "c2", "g1", BOB));
        }

        @Test
        void ungroupingALooseCardIsRejected() {
            rejected(inPhase(Phase.GROUP), new UngroupCard(RETRO, "c1", BOB),
                    RuleViolation.Kind.CONFLICT, "not in a group");
        }

        @Test
        void aCardMovesBetweenColumns() {
            fixture.given(inPhase(Phase.GROUP)).when(new MoveCard(RETRO, "c3", ALICE, Column.KEEP))
                    .expectEvents(new CardMoved(RETRO, "c3", Column.STOP, Column.KEEP, ALICE));
        }

        @Test
        void movingACardToItsOwnColumnIsRejected() {
            rejected(inPhase(Phase.GROUP), new MoveCard(RETRO, "c3", ALICE, Column.STOP),
                    RuleViolation.Kind.CONFLICT, "already in STOP");
        }
    }

    @Nested
    class Voting {
        @Test
        void aParticipantVotesAndStacksVotes() {
            List<Object> given = inPhase(Phase.VOTE);
            given.add(new VoteCast(RETRO, "c1", ALICE));
            fixture.given(given).when(new CastVote(RETRO, "c1", ALICE))
                    .expectEvents(new VoteCast(RETRO, "c1", ALICE));
        }

        @Test
        void votingBeyondBudgetIsRejected() {
            List<Object> given = inPhase(Phase.VOTE);
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c2", ALICE));
            rejected(given, new CastVote(RETRO, "c3", ALICE), RuleViolation.Kind.CONFLICT, "spent all 3");
        }

        @Test
        void aBrokenRuleCarriesAStableCodeAndItsArguments() {
            List<Object> given = inPhase(Phase.VOTE);
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c2", ALICE));
            fixture.given(given).when(new CastVote(RETRO, "c3", ALICE))
                    .expectException(new TypeSafeMatcher<RuleViolation>() {
                        @Override
                        protected boolean matchesSafely(RuleViolation item) {
                            return item.code().equals("vote.budget-spent") && item.args().equals(List.of("3"));
                        }

                        @Override
                        public void describeTo(Description description) {
                            description.appendText("code vote.budget-spent with argument 3");
                        }
                    });
        }

        @Test
        void aTakenBackVoteCanBeSpentAgain() {
            List<Object> given = inPhase(Phase.VOTE);
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c1", ALICE));
            given.add(new VoteCast(RETRO, "c2", ALICE));
            given.add(new VoteRetracted(RETRO, "c1", ALICE));
            fixture.given(given).when(new CastVote(RETRO, "c3", ALICE))
                    .expectEvents(new VoteCast(RETRO, "c3", ALICE));
        }

        @Test
        void aVoteIsTakenBack() {
            List<Object> given = inPhase(Phase.VOTE);
            given.add(new VoteCast(RETRO, "c1", ALICE));
            fixture.given(given).when(new RetractVote(RETRO, "c1", ALICE))
                    .expectEvents(new VoteRetracted(RETRO, "c1", ALICE));
        }

        @Test
        void takingBackAVoteNeverCastIsRejected() {
            rejected(inPhase(Phase.VOTE), new RetractVote(RETRO, "c1", ALICE),
                    RuleViolation.Kind.CONFLICT, "no vote on that");
        }

        @Test
        void groupsTakeVotes() {
            List<Object> given = inPhase(Phase.GROUP);
            given.add(new CardsGrouped(RETRO, "g1", Column.STRENGTHEN, List.of("c1", "c2"), ALICE));
            given.add(new PhaseChanged(RETRO, Phase.GROUP, Phase.VOTE, FACILITATOR));
            fixture.given(given).when(new CastVote(RETRO, "g1", BOB))
                    .expectEvents(new VoteCast(RETRO, "g1", BOB));
        }

        @Test
        void votingOnSomethingUnknownIsRejected() {
            rejected(inPhase(Phase.VOTE), new CastVote(RETRO, "zz", ALICE),
                    RuleViolation.Kind.NOT_FOUND, "no card or group zz");
        }

        @Test
        void votingOutsideTheVotePhaseIsRejected() {
            rejected(inPhase(Phase.GROUP), new CastVote(RETRO, "c1", ALICE),
                    RuleViolation.Kind.CONFLICT, "vote phase");
        }
    }

    @Nested
    class Phases {
        @Test
        void theFacilitatorMovesForward() {
            fixture.given(openRetro()).when(new ChangePhase(RETRO, FACILITATOR, Phase.GROUP))
                    .expectEvents(new PhaseChanged(RETRO, Phase.REFLECT, Phase.GROUP, FACILITATOR));
        }

        @Test
        void theFacilitatorStepsBackOnePhase() {
            fixture.given(inPhase(Phase.VOTE)).when(new ChangePhase(RETRO, FACILITATOR, Phase.GROUP))
                    .expectEvents(new PhaseChanged(RETRO, Phase.VOTE, Phase.GROUP, FACILITATOR));
        }

        @Test
        void skippingAPhaseIsRejected() {
            rejected(openRetro(), new ChangePhase(RETRO, FACILITATOR, Phase.VOTE),
                    RuleViolation.Kind.CONFLICT, "one step");
        }

        @Test
        void aParticipantCannotMoveThePhase() {
            rejected(openRetro(), new ChangePhase(RETRO, ALICE, Phase.GROUP),
                    RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
        }

        @Test
        void aClosedRetroAcceptsNoChange() {
            rejected(inPhase(Phase.CLOSED), new ChangePhase(RETRO, FACILITATOR, Phase.DISCUSS),
                    RuleViolation.Kind.CONFLICT, "closed");
        }

        @Test
        void aClosedRetroTakesNoCards() {
            rejected(inPhase(Phase.CLOSED), new AddCard(RETRO, "c9", ALICE, Column.KEEP, "Late"),
                    RuleViolation.Kind.CONFLICT, "closed");
        }
    }

    @Nested
    class Timer {
        @Test
        void theFacilitatorStartsTheTimer() {
            fixture.given(openRetro()).when(new StartTimer(RETRO, FACILITATOR, NOW, NOW.plusSeconds(300)))
                    .expectEvents(new TimerStarted(RETRO, Phase.REFLECT, NOW, NOW.plusSeconds(300), FACILITATOR));
        }

        @Test
        void aTimerOfNoTimeIsRejected() {
            rejected(openRetro(), new StartTimer(RETRO, FACILITATOR, NOW, NOW),
                    RuleViolation.Kind.INVALID, "at least one second");
        }

        @Test
        void aTimerOverTwoHoursIsRejected() {
            rejected(openRetro(), new StartTimer(RETRO, FACILITATOR, NOW, NOW.plusSeconds(7201)),
                    RuleViolation.Kind.INVALID, "at most 120 minutes");
        }

        @Test
        void onlyTheFacilitatorStartsTheTimer() {
            rejected(openRetro(), new StartTimer(RETRO, ALICE, NOW, NOW.plusSeconds(60)),
                    RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
        }

        @Test
        void theFacilitatorStopsTheTimer() {
            List<Object> given = openRetro();
            given.add(new TimerStarted(RETRO, Phase.REFLECT, NOW, NOW.plusSeconds(300), FACILITATOR));
            fixture.given(given).when(new StopTimer(RETRO, FACILITATOR))
                    .expectEvents(new TimerStopped(RETRO, FACILITATOR));
        }

        @Test
        void stoppingATimerThatIsNotRunningIsRejected() {
            rejected(openRetro(), new StopTimer(RETRO, FACILITATOR), RuleViolation.Kind.CONFLICT, "No timer");
        }

        @Test
        void aPhaseChangeEndsTheTimer() {
            List<Object> given = openRetro();
            given.add(new TimerStarted(RETRO, Phase.REFLECT, NOW, NOW.plusSeconds(300), FACILITATOR));
            given.add(new PhaseChanged(RETRO, Phase.REFLECT, Phase.GROUP, FACILITATOR));
            rejected(given, new StopTimer(RETRO, FACILITATOR), RuleViolation.Kind.CONFLICT, "No timer");
        }
    }

    @Nested
    class Discussing {
        @Test
        void theFacilitatorRecordsADecision() {
            fixture.given(inPhase(Phase.DISCUSS)).when(new RecordDecision(RETRO, "d1", FACILITATOR, "Agendas a day ahead"))
                    .expectEvents(new DecisionRecorded(RETRO, "d1", "Agendas a day ahead", FACILITATOR));
        }

        @Test
        void decisionsWaitForTheDiscussPhase() {
            rejected(inPhase(Phase.VOTE), new RecordDecision(RETRO, "d1", FACILITATOR, "Too early"),
                    RuleViolation.Kind.CONFLICT, "discuss phase");
        }

        @Test
        void aParticipantCannotRecordDecisions() {
            rejected(inPhase(Phase.DISCUSS), new RecordDecision(RETRO, "d1", ALICE, "Mine"),
                    RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
        }

        @Test
        void theFacilitatorAddsAnActionItemOwnedByAParticipant() {
            LocalDate due = LocalDate.parse("2026-12-15");
            fixture.given(inPhase(Phase.DISCUSS))
                    .when(new AddActionItem(RETRO, "a1", FACILITATOR, "Send agenda template", BOB, due))
                    .expectEvents(new ActionItemAdded(RETRO, "a1", "Send agenda template", BOB, due, FACILITATOR));
        }

        @Test
        void anActionItemDueOutsideTheSaneRangeIsRejected() {
            rejected(inPhase(Phase.DISCUSS), new AddActionItem(RETRO, "a1", FACILITATOR, "Later", BOB,
                    LocalDate.MAX), RuleViolation.Kind.INVALID, "between 2000-01-01 and 2100-12-31");
        }

        @Test
        void anActionItemOwnedByANonParticipantIsRejected() {
            rejected(inPhase(Phase.DISCUSS), new AddActionItem(RETRO, "a1", FACILITATOR, "Task", OUTSIDER, null),
                    RuleViolation.Kind.INVALID, "owner must be one of the retro's participants");
        }

        @Test
        void anEmptyActionItemIsRejected() {
            rejected(inPhase(Phase.DISCUSS), new AddActionItem(RETRO, "a1", FACILITATOR, "", BOB, null),
                    RuleViolation.Kind.INVALID, "must not be empty");
        }

        @Test
        void outcomesNameTheTopicTheyCameFrom() {
            fixture.given(inPhase(Phase.DISCUSS))
                    .when(new RecordDecision(RETRO, "d1", FACILITATOR, "Agendas a day ahead", "c3"))
                    .expectEvents(new DecisionRecorded(RETRO, "d1", "Agendas a day ahead", FACILITATOR, "c3"));
            fixture.given(inPhase(Phase.DISCUSS))
                    .when(new AddActionItem(RETRO, "a1", FACILITATOR, "Template", BOB, null, "c3"))
                    .expectEvents(new ActionItemAdded(RETRO, "a1", "Template", BOB, null, FACILITATOR, "c3"));
            rejected(inPhase(Phase.DISCUSS), new RecordDecision(RETRO, "d1", FACILITATOR, "On nothing", "nope"),
                    RuleViolation.Kind.NOT_FOUND, "no card or group nope");
        }

        @Test
        void theFacilitatorShowsEveryoneTheTopicUnderDiscussion() {
            fixture.given(inPhase(Phase.DISCUSS)).when(new FocusTopic(RETRO, FACILITATOR, "c1"))
                    .expectEvents(new TopicFocused(RETRO, "c1", FACILITATOR));
            rejected(inPhase(Phase.VOTE), new FocusTopic(RETRO, FACILITATOR, "c1"), RuleViolation.Kind.CONFLICT,
                    "discuss phase");
            rejected(inPhase(Phase.DISCUSS), new FocusTopic(RETRO, ALICE, "c1"), RuleViolation.Kind.FORBIDDEN,
                    "Only the facilitator");
            rejected(inPhase(Phase.DISCUSS), new FocusTopic(RETRO, FACILITATOR, null), RuleViolation.Kind.INVALID,
                    "Name the card or group");
        }

        @Test
        void theFacilitatorEditsAndDeletesDecisionsAndActionItemsWhileTheRetroIsOpen() {
            List<Object> given = inPhase(Phase.DISCUSS);
            given.add(new DecisionRecorded(RETRO, "d1", "Agendas", FACILITATOR));
            given.add(new ActionItemAdded(RETRO, "a1", "Template", BOB, null, FACILITATOR));
            fixture.given(given).when(new EditDecision(RETRO, "d1", FACILITATOR, "Agendas a day ahead"))
                    .expectEvents(new DecisionEdited(RETRO, "d1", "Agendas a day ahead", FACILITATOR));
            LocalDate due = LocalDate.parse("2027-01-15");
            fixture.given(given).when(new EditActionItem(RETRO, "a1", FACILITATOR, "Agenda template", ALICE, due))
                    .expectEvents(new ActionItemEdited(RETRO, "a1", "Agenda template", ALICE, due, FACILITATOR));
            fixture.given(given).when(new DeleteActionItem(RETRO, "a1", FACILITATOR))
                    .expectEvents(new ActionItemDeleted(RETRO, "a1", FACILITATOR));
            rejected(given, new EditActionItem(RETRO, "a1", FACILITATOR, "Task", OUTSIDER, null),
                    RuleViolation.Kind.INVALID, "owner must be one of the retro's participants");
            rejected(given, new DeleteDecision(RETRO, "d1", ALICE), RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
            rejected(given, new EditDecision(RETRO, "d1", FACILITATOR, ""), RuleViolation.Kind.INVALID, "must not be empty");

            List<Object> deleted = new ArrayList<>(given);
            deleted.add(new DecisionDeleted(RETRO, "d1", FACILITATOR));
            rejected(deleted, new EditDecision(RETRO, "d1", FACILITATOR, "Again"), RuleViolation.Kind.NOT_FOUND,
                    "no decision d1");
            List<Object> closed = new ArrayList<>(given);
            closed.add(new PhaseChanged(RETRO, Phase.DISCUSS, Phase.CLOSED, FACILITATOR));
            rejected(closed, new DeleteDecision(RETRO, "d1", FACILITATOR), RuleViolation.Kind.CONFLICT, "closed");
        }
    }

    @Nested
    class ReviewingEarlierActions {
        @Test
        void theFacilitatorMarksAnEarlierActionDone() {
            fixture.given(openRetro()).when(new ReviewEarlierAction(RETRO, "act-0", FACILITATOR, ActionOutcome.DONE))
                    .expectEvents(new EarlierActionReviewed(RETRO, "act-0", "retro-0", ActionOutcome.DONE, FACILITATOR));
        }

        @Test
        void anActionNotListedForThisRetroIsRejected() {
            rejected(openRetro(), new ReviewEarlierAction(RETRO, "act-9", FACILITATOR, ActionOutcome.DONE),
                    RuleViolation.Kind.NOT_FOUND, "not among the open items");
        }

        @Test
        void onlyTheFacilitatorReviews() {
            rejected(openRetro(), new ReviewEarlierAction(RETRO, "act-0", ALICE, ActionOutcome.DROPPED),
                    RuleViolation.Kind.FORBIDDEN, "Only the facilitator");
        }
    }
}
