package se.pollinator.thinktank;

import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;

import java.time.Instant;
import java.util.List;

/** What happened in a think tank. Events carry ids and facts; the board is folded from them. */
public final class ThinkTankEvents {

    private ThinkTankEvents() {
    }

    public sealed interface ThinkTankEvent permits ThinkTankCreated, QuestionAdded, ExpertInvited, ThinkTankJoined,
            ThinkTankPhaseChanged, InsightPosted, InsightCommented, InsightsClustered, InsightSupported,
            SupportWithdrawn, RecommendationDrafted, ThinkTankTimerStarted, ThinkTankTimerStopped {
        String thinkTankId();
    }

    public record ThinkTankCreated(String thinkTankId, String facilitatorId, String title, Integer module,
                                   boolean programmeWide, List<String> municipalities, Instant scheduledAt,
                                   List<NewQuestion> questions, List<String> experts) implements ThinkTankEvent {
    }

    public record QuestionAdded(String thinkTankId, String questionId, String text, String byId)
            implements ThinkTankEvent {
    }

    public record ExpertInvited(String thinkTankId, String personId, String byId) implements ThinkTankEvent {
    }

    public record ThinkTankJoined(String thinkTankId, String personId) implements ThinkTankEvent {
    }

    public record ThinkTankPhaseChanged(String thinkTankId, ThinkTankPhase from, ThinkTankPhase to, String byId)
            implements ThinkTankEvent {
    }

    public record InsightPosted(String thinkTankId, String questionId, String insightId, String text, String evidence,
                                String authorId) implements ThinkTankEvent {
    }

    public record InsightCommented(String thinkTankId, String insightId, String commentId, String text,
                                   String authorId) implements ThinkTankEvent {
    }

    public record InsightsClustered(String thinkTankId, String clusterId, String name, List<String> insightIds,
                                    String byId) implements ThinkTankEvent {
    }

    public record InsightSupported(String thinkTankId, String insightId, String byId) implements ThinkTankEvent {
    }

    public record SupportWithdrawn(String thinkTankId, String insightId, String byId) implements ThinkTankEvent {
    }

    public record RecommendationDrafted(String thinkTankId, String recommendationId, String text,
                                        Addressee addressedTo, List<String> basedOn, String authorId)
            implements ThinkTankEvent {
    }

    public record ThinkTankTimerStarted(String thinkTankId, Instant startsAt, Instant endsAt, String byId)
            implements ThinkTankEvent {
    }

    public record ThinkTankTimerStopped(String thinkTankId, String byId) implements ThinkTankEvent {
    }
}
