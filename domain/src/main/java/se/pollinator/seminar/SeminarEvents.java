package se.pollinator.seminar;

import se.pollinator.seminar.SeminarCommands.NewOption;

import java.time.Instant;
import java.util.List;

/** What happened in a seminar. Events carry ids and facts; the board is folded from them. */
public final class SeminarEvents {

    private SeminarEvents() {
    }

    public sealed interface SeminarEvent permits SeminarCreated, SeminarJoined, SeminarInvitationCreated,
            SeminarInvitationRevoked, SeminarGuestAdmitted, SeminarPhaseChanged, QuestionAsked,
            QuestionUpvoted, UpvoteRetracted, QuestionApproved, QuestionHidden, QuestionMerged, QuestionAnswering,
            QuestionAnswered, PollCreated, PollOpened, PollClosed, PollAnswered, PollResultsShown {
        String seminarId();
    }

    public record SeminarCreated(String seminarId, String facilitatorId, String title, Integer module,
                                 List<String> municipalities, Instant scheduledAt, List<String> speakers,
                                 List<String> moderators, boolean anonymousQuestions, boolean moderated)
            implements SeminarEvent {
    }

    public record SeminarJoined(String seminarId, String personId) implements SeminarEvent {
    }

    public record SeminarInvitationCreated(String seminarId, String invitationId, String tokenHash, Instant expiresAt,
                                           Integer maxUses, String byId) implements SeminarEvent {
    }

    public record SeminarInvitationRevoked(String seminarId, String invitationId, String byId) implements SeminarEvent {
    }

    /** A guest let in through an invitation link; they take part from then on. */
    public record SeminarGuestAdmitted(String seminarId, String invitationId, String guestId, String displayName)
            implements SeminarEvent {
    }

    public record SeminarPhaseChanged(String seminarId, SeminarPhase from, SeminarPhase to, String byId)
            implements SeminarEvent {
    }

    /** A question; {@code held} when a moderator must let it show first; {@code anonymous}: its author is never shown. */
    public record QuestionAsked(String seminarId, String questionId, String text, String authorId, boolean anonymous,
                                boolean held) implements SeminarEvent {
    }

    public record QuestionUpvoted(String seminarId, String questionId, String byId) implements SeminarEvent {
    }

    public record UpvoteRetracted(String seminarId, String questionId, String byId) implements SeminarEvent {
    }

    public record QuestionApproved(String seminarId, String questionId, String byId) implements SeminarEvent {
    }

    public record QuestionHidden(String seminarId, String questionId, String byId) implements SeminarEvent {
    }

    public record QuestionMerged(String seminarId, String questionId, String intoId, String byId)
            implements SeminarEvent {
    }

    /** The speakers answer this question now; the one answered before it, if any, goes back to the wall. */
    public record QuestionAnswering(String seminarId, String questionId, String byId) implements SeminarEvent {
    }

    public record QuestionAnswered(String seminarId, String questionId, String answer, String byId)
            implements SeminarEvent {
    }

    public record PollCreated(String seminarId, String pollId, String question, List<NewOption> options,
                              boolean multipleChoice, String byId) implements SeminarEvent {
    }

    public record PollOpened(String seminarId, String pollId, String byId) implements SeminarEvent {
    }

    public record PollClosed(String seminarId, String pollId, String byId) implements SeminarEvent {
    }

    public record PollAnswered(String seminarId, String pollId, List<String> optionIds, String byId)
            implements SeminarEvent {
    }

    public record PollResultsShown(String seminarId, String pollId, boolean shown, String byId)
            implements SeminarEvent {
    }
}
