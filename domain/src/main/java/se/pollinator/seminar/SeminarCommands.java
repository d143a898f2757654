package se.pollinator.seminar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * What people ask a seminar to do. Every command names the acting person ({@code byId}); the web
 * layer fills it in from the login and chooses new ids before sending.
 */
public final class SeminarCommands {

    private SeminarCommands() {
    }

    /**
     * Opens a seminar: its speakers (names, as they are announced), its moderators besides the
     * facilitator, whether questions may be anonymous, and whether a moderator lets each question
     * show first.
     */
    public record CreateSeminar(@TargetAggregateIdentifier String seminarId, String byId, String title,
                                Integer module, List<String> municipalities, Instant scheduledAt, List<String> speakers,
                                List<String> moderators, boolean anonymousQuestions, boolean moderated) {
    }

    public record JoinSeminar(@TargetAggregateIdentifier String seminarId, String byId) {
    }

    /** A link for guests from outside the programme (moderators): only its token's hash is kept. */
    public record CreateSeminarInvitation(@TargetAggregateIdentifier String seminarId, String byId, String invitationId,
                                          String tokenHash, Instant expiresAt, Integer maxUses) {
    }

    public record RevokeSeminarInvitation(@TargetAggregateIdentifier String seminarId, String byId,
                                          String invitationId) {
    }

    /** A guest follows an invitation link at {@code at}, under a display name they chose. */
    public record AdmitSeminarGuest(@TargetAggregateIdentifier String seminarId, String invitationId, String tokenHash,
                                    String guestId, String displayName, Instant at) {
    }

    public record ChangeSeminarPhase(@TargetAggregateIdentifier String seminarId, String byId, SeminarPhase to) {
    }

    public record AskQuestion(@TargetAggregateIdentifier String seminarId, String byId, String questionId, String text,
                              boolean anonymous) {
    }

    public record UpvoteQuestion(@TargetAggregateIdentifier String seminarId, String byId, String questionId) {
    }

    public record RetractUpvote(@TargetAggregateIdentifier String seminarId, String byId, String questionId) {
    }

    /** A moderator lets a held question show. */
    public record ApproveQuestion(@TargetAggregateIdentifier String seminarId, String byId, String questionId) {
    }

    public record HideQuestion(@TargetAggregateIdentifier String seminarId, String byId, String questionId) {
    }

    /** A moderator folds a duplicate into the question it repeats; its voters vote for that one. */
    public record MergeQuestion(@TargetAggregateIdentifier String seminarId, String byId, String questionId,
                                String intoId) {
    }

    public record AnswerNow(@TargetAggregateIdentifier String seminarId, String byId, String questionId) {
    }

    public record MarkAnswered(@TargetAggregateIdentifier String seminarId, String byId, String questionId,
                               String answer) {
    }

    public record NewOption(String optionId, String text) {
    }

    public record CreatePoll(@TargetAggregateIdentifier String seminarId, String byId, String pollId, String question,
                             List<NewOption> options, boolean multipleChoice) {
    }

    public record OpenPoll(@TargetAggregateIdentifier String seminarId, String byId, String pollId) {
    }

    public record ClosePoll(@TargetAggregateIdentifier String seminarId, String byId, String pollId) {
    }

    public record AnswerPoll(@TargetAggregateIdentifier String seminarId, String byId, String pollId,
                             List<String> optionIds) {
    }

    /** A moderator shows or hides a poll's results to the audience (moderators always see them). */
    public record ShowPollResults(@TargetAggregateIdentifier String seminarId, String byId, String pollId,
                                  boolean shown) {
    }
}
