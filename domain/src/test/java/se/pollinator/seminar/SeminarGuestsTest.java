package se.pollinator.seminar;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.pollinator.rules.RuleViolation.Kind;
import se.pollinator.seminar.SeminarCommands.AdmitSeminarGuest;
import se.pollinator.seminar.SeminarCommands.AskQuestion;
import se.pollinator.seminar.SeminarCommands.CreateSeminarInvitation;
import se.pollinator.seminar.SeminarCommands.RevokeSeminarInvitation;
import se.pollinator.seminar.SeminarEvents.QuestionAsked;
import se.pollinator.seminar.SeminarEvents.SeminarCreated;
import se.pollinator.seminar.SeminarEvents.SeminarGuestAdmitted;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationCreated;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationRevoked;
import se.pollinator.seminar.SeminarEvents.SeminarJoined;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static se.pollinator.rules.Violations.violation;

/** Guests from outside the programme come into a seminar through its invitation links, by the kernel's rules. */
class SeminarGuestsTest {

    private static final String S = "sem-1";
    private static final String HASH = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant UNTIL = NOW.plusSeconds(3600);

    private FixtureConfiguration<Seminar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Seminar.class);
    }

    private static List<Object> invited() {
        return new ArrayList<>(List.of(
                new SeminarCreated(S, "fia", "Öppet seminarium", null, List.of(), null, List.of(), List.of("mona"),
                        false, false),
                new SeminarJoined(S, "fia"),
                new SeminarInvitationCreated(S, "inv-1", HASH, UNTIL, 1, "mona")));
    }

    @Test
    void aModeratorMakesALinkAndOthersMayNot() {
        List<Object> created = invited().subList(0, 2);
        fixture.given(created).when(new CreateSeminarInvitation(S, "mona", "inv-1", HASH, UNTIL, null))
                .expectEvents(new SeminarInvitationCreated(S, "inv-1", HASH, UNTIL, null, "mona"));
        fixture.given(created).when(new CreateSeminarInvitation(S, "bo", "inv-1", HASH, UNTIL, null))
                .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "seminar.moderator-only"));
        fixture.given(created).when(new CreateSeminarInvitation(S, "fia", "inv-1", HASH, null, null))
                .expectNoEvents().expectException(violation(Kind.INVALID, "invitation.expiry-required"));
    }

    @Test
    void aGuestComesInThroughAWorkingLinkAndAsksAQuestion() {
        fixture.given(invited()).when(new AdmitSeminarGuest(S, "inv-1", HASH, "guest-1", " Gunnar Gäst ", NOW))
                .expectEvents(new SeminarGuestAdmitted(S, "inv-1", "guest-1", "Gunnar Gäst"));
        List<Object> admitted = invited();
        admitted.add(new SeminarGuestAdmitted(S, "inv-1", "guest-1", "Gunnar Gäst"));
        fixture.given(admitted).when(new AskQuestion(S, "guest-1", "q1", "Vad kostar det?", false))
                .expectEvents(new QuestionAsked(S, "q1", "Vad kostar det?", "guest-1", false, false));
        fixture.given(admitted).when(new AdmitSeminarGuest(S, "inv-1", HASH, "guest-2", "Greta", NOW))
                .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.used-up"));
    }

    @Test
    void aRevokedExpiredOrWrongLinkLetsNobodyIn() {
        List<Object> revoked = invited();
        revoked.add(new SeminarInvitationRevoked(S, "inv-1", "fia"));
        fixture.given(revoked).when(new AdmitSeminarGuest(S, "inv-1", HASH, "guest-1", "Gunnar", NOW))
                .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.invalid"));
        fixture.given(invited()).when(new AdmitSeminarGuest(S, "inv-1", HASH, "guest-1", "Gunnar", UNTIL))
                .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.expired"));
        fixture.given(invited()).when(new AdmitSeminarGuest(S, "inv-1", "b".repeat(64), "guest-1", "Gunnar", NOW))
                .expectNoEvents().expectException(violation(Kind.FORBIDDEN, "invitation.invalid"));
        fixture.given(invited()).when(new RevokeSeminarInvitation(S, "fia", "inv-9"))
                .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "invitation.unknown"));
    }
}
