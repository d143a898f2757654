package se.pollinator.thinktank.board;

import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Upsert;
import se.pollinator.thinktank.Addressee;
import se.pollinator.thinktank.ThinkTankPhase;
import se.pollinator.thinktank.board.ThinkTankBoard.Part;
import se.pollinator.thinktank.board.ThinkTankBoard.PartKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A think tank as everyone in it sees it (nothing in a think tank is hidden from its
 * participants): its header, its questions, its insights (each naming its question), its clusters
 * and its recommendations each with the insights it rests on and their support. Items are
 * collections of their own, so that a live message carries the items an event changed, never a
 * whole question with everything posted to it.
 */
public record ThinkTankView(SessionKind kind, String sessionId, long seq, String title, Integer module,
                            boolean programmeWide, List<String> municipalities, Instant scheduledAt,
                            ThinkTankPhase phase, boolean closed, String facilitatorId, List<String> experts,
                            List<String> participants, TimerView timer, List<QuestionView> questions,
                            List<InsightView> insights, List<ClusterView> clusters,
                            List<RecommendationView> recommendations) {

    /** What a live message says of the header: all of it, small as it is. */
    public record HeaderView(String title, ThinkTankPhase phase, boolean closed, List<String> experts,
                             List<String> participants, TimerView timer) {
    }

    /** A running countdown. */
    public record TimerView(Instant startsAt, Instant endsAt) {
        static TimerView of(ThinkTankBoard.Header header) {
            return header.timerEndsAt == null ? null : new TimerView(header.timerStartsAt, header.timerEndsAt);
        }
    }

    public record CommentView(String id, String text, String authorId) {
    }

    public record InsightView(String id, String questionId, String text, String evidence, String authorId,
                              String clusterId, List<CommentView> comments, List<String> supporters, int support) {
    }

    public record QuestionView(String id, String text) {
    }

    public record ClusterView(String id, String questionId, String name, List<String> insightIds) {
    }

    public record Basis(String id, String text, int support) {
    }

    public record RecommendationView(String id, String text, Addressee addressedTo, List<String> basedOn,
                                     List<Basis> basis, String authorId, boolean published) {
    }

    public static ThinkTankView of(ThinkTankBoard board) {
        ThinkTankBoard.Header h = board.header;
        return new ThinkTankView(SessionKind.THINK_TANK, h.sessionId, h.seq, h.title, h.module, h.programmeWide,
                List.copyOf(h.municipalities), h.scheduledAt, h.phase, h.phase == ThinkTankPhase.CLOSED,
                h.facilitatorId, List.copyOf(h.experts), List.copyOf(h.participants), TimerView.of(h),
                board.questions.values().stream().map(ThinkTankView::question).toList(),
                board.insights.values().stream().map(ThinkTankView::insight).toList(),
                board.clusters.values().stream().filter(cluster -> !cluster.insightIds.isEmpty())
                        .map(ThinkTankView::cluster).toList(),
                board.recommendations.keySet().stream().map(id -> recommendation(board, id)).toList());
    }

    static HeaderView header(ThinkTankBoard board) {
        ThinkTankBoard.Header h = board.header;
        return new HeaderView(h.title, h.phase, h.phase == ThinkTankPhase.CLOSED, List.copyOf(h.experts),
                List.copyOf(h.participants), TimerView.of(h));
    }

    /**
     * The live message for an event folded into {@code board}: the header, and each item the
     * changed parts show in (an insight shows as itself and in the recommendations resting on it).
     */
    public static SessionMessage message(ThinkTankBoard board, String type, long seq, List<Part> changed) {
        Set<String> questions = new LinkedHashSet<>();
        Set<String> insights = new LinkedHashSet<>();
        Set<String> clusters = new LinkedHashSet<>();
        Set<String> recommendations = new LinkedHashSet<>();
        for (Part part : changed) {
            if (part.kind() == PartKind.QUESTION) {
                questions.add(part.id());
            } else if (part.kind() == PartKind.INSIGHT) {
                if (board.insights.containsKey(part.id())) {
                    insights.add(part.id());
                }
                board.recommendations.values().stream().filter(r -> r.basedOn.contains(part.id()))
                        .forEach(r -> recommendations.add(r.id));
            } else if (part.kind() == PartKind.CLUSTER) {
                clusters.add(part.id());
            } else {
                recommendations.add(part.id());
            }
        }
        if ("ThinkTankPhaseChanged".equals(type)) {
            // Closing publishes every recommendation.
            recommendations.addAll(board.recommendations.keySet());
        }
        List<Upsert> upserts = new ArrayList<>();
        questions.forEach(id -> upserts.add(new Upsert("questions", question(board.questions.get(id)))));
        insights.forEach(id -> upserts.add(new Upsert("insights", insight(board.insights.get(id)))));
        clusters.forEach(id -> upserts.add(new Upsert("clusters", cluster(board.clusters.get(id)))));
        recommendations.forEach(id -> upserts.add(new Upsert("recommendations", recommendation(board, id))));
        List<SessionMessage.Removal> removals = clusters.stream().filter(id -> board.clusters.get(id).insightIds.isEmpty())
                .map(id -> new SessionMessage.Removal("clusters", id)).toList();
        upserts.removeIf(upsert -> upsert.item() instanceof ClusterView view && view.insightIds().isEmpty());
        return new SessionMessage(board.header.sessionId, SessionKind.THINK_TANK, seq, type, header(board), upserts,
                removals);
    }

    private static QuestionView question(ThinkTankBoard.Question question) {
        return new QuestionView(question.id, question.text);
    }

    private static InsightView insight(ThinkTankBoard.Insight insight) {
        return new InsightView(insight.id, insight.questionId, insight.text, insight.evidence, insight.authorId,
                insight.clusterId, insight.comments.stream().map(c -> new CommentView(c.id, c.text, c.authorId)).toList(),
                List.copyOf(insight.supporters), insight.supporters.size());
    }

    private static ClusterView cluster(ThinkTankBoard.Cluster cluster) {
        return new ClusterView(cluster.id, cluster.questionId, cluster.name, List.copyOf(cluster.insightIds));
    }

    private static RecommendationView recommendation(ThinkTankBoard board, String id) {
        ThinkTankBoard.Recommendation r = board.recommendations.get(id);
        List<Basis> basis = r.basedOn.stream().map(board.insights::get).filter(java.util.Objects::nonNull)
                .map(insight -> new Basis(insight.id, insight.text, insight.supporters.size())).toList();
        return new RecommendationView(r.id, r.text, r.addressedTo, List.copyOf(r.basedOn), basis, r.authorId,
                board.header.phase == ThinkTankPhase.CLOSED);
    }
}
