package se.pollinator.cafe;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.cafe.CafeCommands.AdmitGuest;
import se.pollinator.cafe.CafeCommands.AssignSeats;
import se.pollinator.cafe.CafeCommands.CloseCafe;
import se.pollinator.cafe.CafeCommands.CreateCafe;
import se.pollinator.cafe.CafeCommands.CreateInvitation;
import se.pollinator.cafe.CafeCommands.EndRound;
import se.pollinator.cafe.CafeCommands.HarvestInsight;
import se.pollinator.cafe.CafeCommands.JoinCafe;
import se.pollinator.cafe.CafeCommands.NewTable;
import se.pollinator.cafe.CafeCommands.PostNote;
import se.pollinator.cafe.CafeCommands.RevokeInvitation;
import se.pollinator.cafe.CafeCommands.SetTableHost;
import se.pollinator.cafe.CafeCommands.StartHarvest;
import se.pollinator.cafe.CafeCommands.StartRound;
import se.pollinator.cafe.CafeCommands.SummariseTable;
import se.pollinator.cafe.CafeCommands.TakeSeat;
import se.pollinator.cafe.CafeEvents.CafeClosed;
import se.pollinator.cafe.CafeEvents.CafeCreated;
import se.pollinator.cafe.CafeEvents.CafeJoined;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.HarvestStarted;
import se.pollinator.cafe.CafeEvents.InsightHarvested;
import se.pollinator.cafe.CafeEvents.InvitationCreated;
import se.pollinator.cafe.CafeEvents.InvitationRevoked;
import se.pollinator.cafe.CafeEvents.NotePosted;
import se.pollinator.cafe.CafeEvents.RoundEnded;
import se.pollinator.cafe.CafeEvents.RoundStarted;
import se.pollinator.cafe.CafeEvents.Seated;
import se.pollinator.cafe.CafeEvents.TableHostSet;
import se.pollinator.cafe.CafeEvents.TableSummarised;
import se.pollinator.rules.RuleViolation.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.pollinator.rules.Violations.violation;

class CafeTest {

    private static final String CAFE = "cafe-1";
    private static final String FAC = "fia";
    private static final String HOST = "hanna";
    private static final String GUEST = "guest-1";
    private static final String HASH = "a".repeat(64);
    private static final Instant T = Instant.parse("2026-12-01T18:00:00Z");
    private static final List<NewTable> TABLES = List.of(new NewTable("t1", "Vad behöver staden?", HOST),
            new NewTable("t2", "Vem saknas?", null));

    private FixtureConfiguration<Cafe> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cafe.class);
    }

    private static List<Object> created() {
        return new ArrayList<>(List.of(new CafeCreated(CAFE, FAC, "Framtidscafé", "Klimatneutral stad", null, T, TABLES, 2,
                        List.of("LUND")),
                new CafeJoined(CAFE, FAC), new CafeJoined(CAFE, HOST)));
    }

    private static List<Object> invited() {
        List<Object> events = created();
        events.add(new InvitationCreated(CAFE, "inv-1", HASH, T.plusSeconds(3600), 2, FAC));
        return events;
    }

    private static List<Object> inRound() {
        List<Object> events = invited();
        events.add(new GuestAdmitted(CAFE, "inv-1", GUEST, "Gästen"));
        events.add(new Seated(CAFE, GUEST, "t2", GUEST));
        events.add(new RoundStarted(CAFE, 1, T, T.plusSeconds(900), FAC));
        events.add(new NotePosted(CAFE, "n1", "t2", 1, "Fler cykelbanor", GUEST));
        return events;
    }

    @Nested
    class Creating {
        @Test
        void aFacilitatorOpensACafeWithTablesWhoseHostsTakePart() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCafe(CAFE, FAC, " Framtidscafé ", "Klimatneutral stad", null, T, TABLES, 2,
                            List.of("LUND", "LUND")))
                    .expectEvents(created().toArray());
        }

        @Test
        void aCafeWithoutTablesIsRejected() {
            fixture.givenNoPriorActivity().when(new CreateCafe(CAFE, FAC, "Tomt", "Tema", null, null, List.of(), null, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "cafe.table-required"));
        }
    }

    @Nested
    class Hosts {
        @Test
        void theFacilitatorGivesATableAHostWhoJoinsAndTakesItAwayAgain() {
            fixture.given(created().toArray()).when(new SetTableHost(CAFE, FAC, "t2", "olle"))
                    .expectEvents(new CafeJoined(CAFE, "olle"), new TableHostSet(CAFE, "t2", "olle", FAC));
            List<Object> hosted = created();
            hosted.add(new CafeJoined(CAFE, "olle"));
            hosted.add(new TableHostSet(CAFE, "t2", "olle", FAC));
            fixture.given(hosted.toArray()).when(new SetTableHost(CAFE, FAC, "t2", null))
                    .expectEvents(new TableHostSet(CAFE, "t2", null, FAC));
        }

        @Test
        void aHostHostsOneTableOnlyNeverDuringARoundAndOnlyTheFacilitatorChooses() {
            fixture.given(created().toArray()).when(new SetTableHost(CAFE, FAC, "t2", HOST))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "table.host-taken"));
            fixture.given(inRound().toArray()).when(new SetTableHost(CAFE, FAC, "t2", "olle"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "table.host-during-round"));
            fixture.given(created().toArray()).when(new SetTableHost(CAFE, HOST, "t2", "olle"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.hosts"));
            fixture.given(created().toArray()).when(new SetTableHost(CAFE, FAC, "t9", "olle"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "table.unknown"));
        }
    }

    @Nested
    class Guests {
        @Test
        void aGuestFollowsAValidLinkUnderTheNameTheyChose() {
            fixture.given(invited()).when(new AdmitGuest(CAFE, "inv-1", HASH, GUEST, " Gästen ", T))
                    .expectEvents(new GuestAdmitted(CAFE, "inv-1", GUEST, "Gästen"));
        }

        @Test
        void anExpiredRevokedWrongOrUsedUpLinkAdmitsNobody() {
            fixture.given(invited()).when(new AdmitGuest(CAFE, "inv-1", HASH, GUEST, "Sen", T.plusSeconds(3600)))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.expired"));
            fixture.given(invited()).when(new AdmitGuest(CAFE, "inv-1", "b".repeat(64), GUEST, "Fel", T))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.invalid"));
            List<Object> revoked = invited();
            revoked.add(new InvitationRevoked(CAFE, "inv-1", FAC));
            fixture.given(revoked).when(new AdmitGuest(CAFE, "inv-1", HASH, GUEST, "Återkallad", T))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.invalid"));
            List<Object> usedUp = invited();
            usedUp.add(new GuestAdmitted(CAFE, "inv-1", "g-a", "A"));
            usedUp.add(new GuestAdmitted(CAFE, "inv-1", "g-b", "B"));
            fixture.given(usedUp).when(new AdmitGuest(CAFE, "inv-1", HASH, GUEST, "Tredje", T))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.used-up"));
        }

        @Test
        void onlyTheFacilitatorCreatesAndRevokesLinks() {
            fixture.given(created()).when(new CreateInvitation(CAFE, HOST, "inv-2", HASH, T, null))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.invite"));
            fixture.given(invited()).when(new RevokeInvitation(CAFE, FAC, "inv-1"))
                    .expectEvents(new InvitationRevoked(CAFE, "inv-1", FAC));
        }

        @Test
        void aGuestsDisplayNameMustBeVisibleText() {
            fixture.given(invited()).when(new AdmitGuest(CAFE, "inv-1", HASH, GUEST, "\u200B", T))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "text.invisible"));
        }
    }

    @Nested
    class Rounds {
        @Test
        void peopleSitAtATableAndWriteNotesThereDuringARound() {
            fixture.given(inRound()).when(new PostNote(CAFE, GUEST, "n2", "Grönare skolgårdar"))
                    .expectEvents(new NotePosted(CAFE, "n2", "t2", 1, "Grönare skolgårdar", GUEST));
            fixture.given(inRound()).when(new PostNote(CAFE, HOST, "n2", "Från värden"))
                    .expectEvents(new NotePosted(CAFE, "n2", "t1", 1, "Från värden", HOST));
        }

        @Test
        void aNoteWithoutASeatOrOutsideARoundIsRejected() {
            List<Object> seatless = created();
            seatless.add(new CafeJoined(CAFE, "maja"));
            seatless.add(new RoundStarted(CAFE, 1, T, T.plusSeconds(900), FAC));
            fixture.given(seatless).when(new PostNote(CAFE, "maja", "n9", "Var sitter jag?"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "seat.none"));
            List<Object> ended = inRound();
            ended.add(new RoundEnded(CAFE, 1, FAC));
            fixture.given(ended).when(new PostNote(CAFE, GUEST, "n9", "För sent"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "round.not-running"));
        }

        @Test
        void theFacilitatorShufflesPeopleAndHostsStayAtTheirTables() {
            List<Object> given = inRound();
            given.add(new CafeJoined(CAFE, "maja"));
            fixture.given(given).when(new AssignSeats(CAFE, FAC, Map.of("maja", "t1")))
                    .expectEvents(new Seated(CAFE, "maja", "t1", FAC));
            fixture.given(given).when(new AssignSeats(CAFE, FAC, Map.of(HOST, "t2")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "seat.host-stays"));
            fixture.given(given).when(new TakeSeat(CAFE, GUEST, "t9"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "table.unknown"));
        }

        @Test
        void oneRoundRunsAtATimeAndOnlyTheHostSummarisesTheirTable() {
            fixture.given(inRound()).when(new StartRound(CAFE, FAC, T, T.plusSeconds(60)))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "round.running"));
            fixture.given(inRound()).when(new EndRound(CAFE, FAC)).expectEvents(new RoundEnded(CAFE, 1, FAC));
            fixture.given(inRound()).when(new SummariseTable(CAFE, HOST, "t1", "Vi pratade om cykling"))
                    .expectEvents(new TableSummarised(CAFE, "t1", 1, "Vi pratade om cykling", HOST));
            fixture.given(inRound()).when(new SummariseTable(CAFE, GUEST, "t1", "Inte min"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "summary.host-only"));
        }
    }

    @Nested
    class Harvest {
        private List<Object> harvesting() {
            List<Object> events = inRound();
            events.add(new RoundEnded(CAFE, 1, FAC));
            events.add(new HarvestStarted(CAFE, FAC));
            return events;
        }

        @Test
        void theFacilitatorHarvestsInsightsFromTheNotes() {
            fixture.given(harvesting()).when(new HarvestInsight(CAFE, FAC, "h1", "Cykeln är nyckeln", List.of("n1")))
                    .expectEvents(new InsightHarvested(CAFE, "h1", "Cykeln är nyckeln", List.of("n1"), FAC));
        }

        @Test
        void anInsightFromAnUnknownNoteOrBeforeTheHarvestIsRejected() {
            fixture.given(harvesting()).when(new HarvestInsight(CAFE, FAC, "h1", "Grundlös", List.of("n9")))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "note.unknown"));
            fixture.given(inRound()).when(new HarvestInsight(CAFE, FAC, "h1", "För tidigt", List.of("n1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "harvest.not-started"));
            fixture.given(inRound()).when(new StartHarvest(CAFE, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "harvest.after-rounds"));
        }

        @Test
        void nothingChangesAtAClosedCafe() {
            List<Object> closed = harvesting();
            closed.add(new CafeClosed(CAFE, FAC));
            fixture.given(closed).when(new HarvestInsight(CAFE, FAC, "h1", "Sent", List.of("n1")))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "cafe.closed"));
            fixture.given(closed).when(new AdmitGuest(CAFE, "inv-1", HASH, "g-2", "Sen gäst", T))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "cafe.closed"));
            fixture.given(harvesting()).when(new CloseCafe(CAFE, FAC)).expectEvents(new CafeClosed(CAFE, FAC));
        }
    }

    /** Each command once accepted and once refused, where the cases above leave one side out. */
    @Nested
    class EveryCommandBothWays {
        private List<Object> closed() {
            List<Object> events = created();
            events.add(new RoundStarted(CAFE, 1, T, T.plusSeconds(900), FAC));
            events.add(new RoundEnded(CAFE, 1, FAC));
            events.add(new HarvestStarted(CAFE, FAC));
            events.add(new CafeClosed(CAFE, FAC));
            return events;
        }

        @Test
        void joiningOnceIsEnoughAndAClosedCafeTakesNobodyIn() {
            fixture.given(created()).when(new JoinCafe(CAFE, "maja")).expectEvents(new CafeJoined(CAFE, "maja"));
            fixture.given(created()).when(new JoinCafe(CAFE, HOST)).expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(closed()).when(new JoinCafe(CAFE, "maja"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "cafe.closed"));
        }

        @Test
        void aLinkNeedsAnExpiryAndAtLeastOneUse() {
            fixture.given(created()).when(new CreateInvitation(CAFE, FAC, "inv-2", HASH, T, null))
                    .expectEvents(new InvitationCreated(CAFE, "inv-2", HASH, T, null, FAC));
            fixture.given(created()).when(new CreateInvitation(CAFE, FAC, "inv-2", HASH, null, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "invitation.expiry-required"));
            fixture.given(created()).when(new CreateInvitation(CAFE, FAC, "inv-2", HASH, T, 0))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "invitation.max-uses"));
            fixture.given(created()).when(new CreateInvitation(CAFE, FAC, "inv-2", "short", T, null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "invitation.token"));
        }

        @Test
        void onlyAKnownLinkIsRevokedAndOnlyByTheFacilitator() {
            fixture.given(invited()).when(new RevokeInvitation(CAFE, HOST, "inv-1"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.invite"));
            fixture.given(invited()).when(new RevokeInvitation(CAFE, FAC, "inv-9"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "invitation.unknown"));
        }

        @Test
        void theFacilitatorStartsAndEndsRoundsWithTheirTimer() {
            fixture.given(created()).when(new StartRound(CAFE, FAC, T, T.plusSeconds(900)))
                    .expectEvents(new RoundStarted(CAFE, 1, T, T.plusSeconds(900), FAC));
            fixture.given(created()).when(new StartRound(CAFE, HOST, T, T.plusSeconds(900)))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.rounds"));
            fixture.given(created()).when(new EndRound(CAFE, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "round.not-running"));
            fixture.given(inRound()).when(new EndRound(CAFE, HOST))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.rounds"));
            List<Object> harvesting = inRound();
            harvesting.add(new RoundEnded(CAFE, 1, FAC));
            harvesting.add(new HarvestStarted(CAFE, FAC));
            fixture.given(harvesting).when(new StartRound(CAFE, FAC, T, T.plusSeconds(900)))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "harvest.started"));
        }

        @Test
        void participantsChooseTheirTableButHostsAndOutsidersDoNot() {
            List<Object> given = inRound();
            given.add(new CafeJoined(CAFE, "maja"));
            fixture.given(given).when(new TakeSeat(CAFE, "maja", "t2")).expectEvents(new Seated(CAFE, "maja", "t2", "maja"));
            fixture.given(given).when(new TakeSeat(CAFE, HOST, "t2"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "seat.host-stays"));
            fixture.given(given).when(new TakeSeat(CAFE, "olle", "t2"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
            fixture.given(given).when(new AssignSeats(CAFE, HOST, Map.of("maja", "t1")))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.seats"));
            fixture.given(given).when(new AssignSeats(CAFE, FAC, Map.of("olle", "t1")))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "seat.unknown-person"));
        }

        @Test
        void onlyParticipantsWriteNotesAndTablesAreSummarisedAfterARound() {
            fixture.given(inRound()).when(new PostNote(CAFE, "olle", "n2", "Utifrån"))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "session.not-participant"));
            fixture.given(created()).when(new SummariseTable(CAFE, HOST, "t1", "För tidigt"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "round.none-yet"));
        }

        @Test
        void theHarvestStartsOnceTheRoundsAreOverAndTheFacilitatorClosesWhenNoRoundRuns() {
            List<Object> ended = inRound();
            ended.add(new RoundEnded(CAFE, 1, FAC));
            fixture.given(ended).when(new StartHarvest(CAFE, FAC)).expectEvents(new HarvestStarted(CAFE, FAC));
            fixture.given(ended).when(new StartHarvest(CAFE, HOST))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.harvest"));
            fixture.given(created()).when(new StartHarvest(CAFE, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "harvest.after-rounds"));
            fixture.given(inRound()).when(new CloseCafe(CAFE, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "round.running"));
            fixture.given(ended).when(new CloseCafe(CAFE, HOST))
                    .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "facilitator-only.close"));
            fixture.given(closed()).when(new CloseCafe(CAFE, FAC))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "cafe.closed"));
        }
    }
}
