package se.pollinator.thinktank;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * What people ask a think tank to do. Every command names the acting person ({@code byId}); the
 * web layer fills it in from the login and chooses new ids before sending.
 */
public final class ThinkTankCommands {

    private ThinkTankCommands() {
    }

    public record NewQuestion(String questionId, String text) {
    }

    /**
     * Opens a think tank of one module or of the whole programme, with the questions to work on and
     * the experts invited (any person; they may join at once).
     */
    public record CreateThinkTank(@TargetAggregateIdentifier String thinkTankId, String byId, String title,
                                  Integer module, boolean programmeWide, List<String> municipalities,
                                  Instant scheduledAt, List<NewQuestion> questions, List<String> experts) {
    }

    public record AddQuestion(@TargetAggregateIdentifier String thinkTankId, String byId, String questionId,
                              String text) {
    }

    public record InviteExpert(@TargetAggregateIdentifier String thinkTankId, String byId, String personId) {
    }

    /** Joins as an invited expert, or ({@code ofModule}, decided by the caller) as one of the module's people. */
    public record JoinThinkTank(@TargetAggregateIdentifier String thinkTankId, String byId, boolean ofModule) {
    }

    public record ChangeThinkTankPhase(@TargetAggregateIdentifier String thinkTankId, String byId,
                                       ThinkTankPhase to) {
    }

    /** An insight on a question; {@code evidence} is an optional link or reference. */
    public record PostInsight(@TargetAggregateIdentifier String thinkTankId, String byId, String questionId,
                              String insightId, String text, String evidence) {
    }

    public record CommentOnInsight(@TargetAggregateIdentifier String thinkTankId, String byId, String insightId,
                                   String commentId, String text) {
    }

    /** Puts insights of one question together under a name; an insight belongs to one cluster at a time. */
    public record ClusterInsights(@TargetAggregateIdentifier String thinkTankId, String byId, String clusterId,
                                 String name, List<String> insightIds) {
    }

    public record SupportInsight(@TargetAggregateIdentifier String thinkTankId, String byId, String insightId) {
    }

    public record WithdrawSupport(@TargetAggregateIdentifier String thinkTankId, String byId, String insightId) {
    }

    public record DraftRecommendation(@TargetAggregateIdentifier String thinkTankId, String byId,
                                      String recommendationId, String text, Addressee addressedTo,
                                      List<String> basedOn) {
    }

    public record StartThinkTankTimer(@TargetAggregateIdentifier String thinkTankId, String byId, Instant startsAt,
                                      Instant endsAt) {
    }

    public record StopThinkTankTimer(@TargetAggregateIdentifier String thinkTankId, String byId) {
    }
}
