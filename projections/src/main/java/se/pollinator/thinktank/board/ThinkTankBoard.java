package se.pollinator.thinktank.board;

import se.pollinator.thinktank.Addressee;
import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;
import se.pollinator.thinktank.ThinkTankEvents.ExpertInvited;
import se.pollinator.thinktank.ThinkTankEvents.InsightCommented;
import se.pollinator.thinktank.ThinkTankEvents.InsightPosted;
import se.pollinator.thinktank.ThinkTankEvents.InsightSupported;
import se.pollinator.thinktank.ThinkTankEvents.InsightsClustered;
import se.pollinator.thinktank.ThinkTankEvents.QuestionAdded;
import se.pollinator.thinktank.ThinkTankEvents.RecommendationDrafted;
import se.pollinator.thinktank.ThinkTankEvents.SupportWithdrawn;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankJoined;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankPhaseChanged;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankTimerStarted;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankTimerStopped;
import se.pollinator.thinktank.ThinkTankPhase;
import se.pollinator.session.SessionPart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A think tank's board: its events folded in order. The same fold serves the read model (which
 * stores the header and each changed part) and the board as of any point in its history. A fold
 * that has not seen the think tank's creation fails closed.
 */
public class ThinkTankBoard {

    /** The parts a board is stored in, each on its own. */
    public enum PartKind { QUESTION, INSIGHT, CLUSTER, RECOMMENDATION }

    /** One part an event changed. */
    public record Part(PartKind kind, String id) implements SessionPart {
    }

    /** Everything but the parts. */
    public static class Header {
        public String sessionId;
        public String facilitatorId;
        public String title;
        public Integer module;
        public boolean programmeWide;
        public List<String> municipalities = new ArrayList<>();
        public Instant scheduledAt;
        public ThinkTankPhase phase;
        public List<String> experts = new ArrayList<>();
        public List<String> participants = new ArrayList<>();
        public long seq = -1;
        public Instant createdAt;
        /** The running countdown, or null. */
        public Instant timerStartsAt;
        public Instant timerEndsAt;
    }

    public static class Question {
        public String id;
        public String text;
    }

    public static class Comment {
        public String id;
        public String text;
        public String authorId;
    }

    public static class Insight {
        public String id;
        public String questionId;
        public String text;
        public String evidence;
        public String authorId;
        public String clusterId;
        public List<Comment> comments = new ArrayList<>();
        public List<String> supporters = new ArrayList<>();
    }

    public static class Cluster {
        public String id;
        public String questionId;
        public String name;
        public List<String> insightIds = new ArrayList<>();
    }

    public static class Recommendation {
        public String id;
        public String text;
        public Addressee addressedTo;
        public List<String> basedOn = new ArrayList<>();
        public String authorId;
    }

    public Header header = new Header();
    public final Map<String, Question> questions = new LinkedHashMap<>();
    public final Map<String, Insight> insights = new LinkedHashMap<>();
    public final Map<String, Cluster> clusters = new LinkedHashMap<>();
    public final Map<String, Recommendation> recommendations = new LinkedHashMap<>();

    /**
     * Folds one event in and answers the parts it changed (which the read model stores and the
     * live message describes). Every event type is handled here, or refused.
     */
    public List<Part> apply(ThinkTankEvent event, long seq, Instant at) {
        if (header.sessionId == null && !(event instanceof ThinkTankCreated)) {
            throw new IllegalStateException("Think tank " + event.thinkTankId() + " cannot be folded from event " + seq
                    + ": its creation was not seen");
        }
        List<Part> changed = new ArrayList<>();
        if (event instanceof ThinkTankCreated e) {
            header.sessionId = e.thinkTankId();
            header.facilitatorId = e.facilitatorId();
            header.title = e.title();
            header.module = e.module();
            header.programmeWide = e.programmeWide();
            header.municipalities = new ArrayList<>(e.municipalities());
            header.scheduledAt = e.scheduledAt();
            header.phase = ThinkTankPhase.PREPARE;
            header.experts = new ArrayList<>(e.experts());
            header.createdAt = at;
            for (NewQuestion question : e.questions()) {
                changed.add(question(question.questionId(), question.text()));
            }
        } else if (event instanceof QuestionAdded e) {
            changed.add(question(e.questionId(), e.text()));
        } else if (event instanceof ExpertInvited e) {
            if (!header.experts.contains(e.personId())) {
                header.experts.add(e.personId());
            }
        } else if (event instanceof ThinkTankJoined e) {
            if (!header.participants.contains(e.personId())) {
                header.participants.add(e.personId());
            }
        } else if (event instanceof ThinkTankPhaseChanged e) {
            header.phase = e.to();
            header.timerStartsAt = null;
            header.timerEndsAt = null;
        } else if (event instanceof ThinkTankTimerStarted e) {
            header.timerStartsAt = e.startsAt();
            header.timerEndsAt = e.endsAt();
        } else if (event instanceof ThinkTankTimerStopped) {
            header.timerStartsAt = null;
            header.timerEndsAt = null;
        } else if (event instanceof InsightPosted e) {
            Insight insight = new Insight();
            insight.id = e.insightId();
            insight.questionId = e.questionId();
            insight.text = e.text();
            insight.evidence = e.evidence();
            insight.authorId = e.authorId();
            insights.put(insight.id, insight);
            changed.add(new Part(PartKind.INSIGHT, insight.id));
        } else if (event instanceof InsightCommented e) {
            Insight insight = insights.get(e.insightId());
            if (insight != null) {
                Comment comment = new Comment();
                comment.id = e.commentId();
                comment.text = e.text();
                comment.authorId = e.authorId();
                insight.comments.add(comment);
                changed.add(new Part(PartKind.INSIGHT, insight.id));
            }
        } else if (event instanceof InsightsClustered e) {
            clustered(e, changed);
        } else if (event instanceof InsightSupported e) {
            Insight insight = insights.get(e.insightId());
            if (insight != null && !insight.supporters.contains(e.byId())) {
                insight.supporters.add(e.byId());
                changed.add(new Part(PartKind.INSIGHT, insight.id));
            }
        } else if (event instanceof SupportWithdrawn e) {
            Insight insight = insights.get(e.insightId());
            if (insight != null && insight.supporters.remove(e.byId())) {
                changed.add(new Part(PartKind.INSIGHT, insight.id));
            }
        } else if (event instanceof RecommendationDrafted e) {
            Recommendation recommendation = new Recommendation();
            recommendation.id = e.recommendationId();
            recommendation.text = e.text();
            recommendation.addressedTo = e.addressedTo();
            recommendation.basedOn = new ArrayList<>(e.basedOn());
            recommendation.authorId = e.authorId();
            recommendations.put(recommendation.id, recommendation);
            changed.add(new Part(PartKind.RECOMMENDATION, recommendation.id));
        } else {
            throw new IllegalArgumentException("The think-tank fold does not handle " + event.getClass().getSimpleName());
        }
        header.seq = seq;
        return changed;
    }

    /** The board of a think tank's events from its first, in order. */
    public static ThinkTankBoard of(List<Sequenced> events) {
        ThinkTankBoard board = new ThinkTankBoard();
        events.forEach(event -> board.apply(event.event(), event.seq(), event.at()));
        return board;
    }

    public record Sequenced(long seq, ThinkTankEvent event, Instant at) {
    }

    private Part question(String id, String text) {
        Question question = new Question();
        question.id = id;
        question.text = text;
        questions.put(id, question);
        return new Part(PartKind.QUESTION, id);
    }

    /** Insights move into the new cluster; a cluster they leave keeps the rest (an empty one is not shown). */
    private void clustered(InsightsClustered e, List<Part> changed) {
        Cluster cluster = new Cluster();
        cluster.id = e.clusterId();
        cluster.name = e.name();
        cluster.insightIds = new ArrayList<>(e.insightIds());
        for (String insightId : e.insightIds()) {
            Insight insight = insights.get(insightId);
            if (insight == null) {
                continue;
            }
            cluster.questionId = insight.questionId;
            Cluster left = insight.clusterId == null ? null : clusters.get(insight.clusterId);
            if (left != null) {
                left.insightIds.remove(insightId);
                changed.add(new Part(PartKind.CLUSTER, left.id));
            }
            insight.clusterId = cluster.id;
            changed.add(new Part(PartKind.INSIGHT, insightId));
        }
        clusters.put(cluster.id, cluster);
        changed.add(new Part(PartKind.CLUSTER, cluster.id));
    }
}
