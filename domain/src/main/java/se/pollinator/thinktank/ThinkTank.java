package se.pollinator.thinktank;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;
import se.pollinator.session.SessionPhases;
import se.pollinator.session.SessionRules;
import se.pollinator.session.SessionTimer;
import se.pollinator.thinktank.ThinkTankCommands.AddQuestion;
import se.pollinator.thinktank.ThinkTankCommands.ChangeThinkTankPhase;
import se.pollinator.thinktank.ThinkTankCommands.ClusterInsights;
import se.pollinator.thinktank.ThinkTankCommands.CommentOnInsight;
import se.pollinator.thinktank.ThinkTankCommands.CreateThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.DraftRecommendation;
import se.pollinator.thinktank.ThinkTankCommands.InviteExpert;
import se.pollinator.thinktank.ThinkTankCommands.JoinThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;
import se.pollinator.thinktank.ThinkTankCommands.PostInsight;
import se.pollinator.thinktank.ThinkTankCommands.StartThinkTankTimer;
import se.pollinator.thinktank.ThinkTankCommands.StopThinkTankTimer;
import se.pollinator.thinktank.ThinkTankCommands.SupportInsight;
import se.pollinator.thinktank.ThinkTankCommands.WithdrawSupport;
import se.pollinator.thinktank.ThinkTankEvents.ExpertInvited;
import se.pollinator.thinktank.ThinkTankEvents.InsightCommented;
import se.pollinator.thinktank.ThinkTankEvents.InsightPosted;
import se.pollinator.thinktank.ThinkTankEvents.InsightSupported;
import se.pollinator.thinktank.ThinkTankEvents.InsightsClustered;
import se.pollinator.thinktank.ThinkTankEvents.QuestionAdded;
import se.pollinator.thinktank.ThinkTankEvents.RecommendationDrafted;
import se.pollinator.thinktank.ThinkTankEvents.SupportWithdrawn;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankJoined;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankPhaseChanged;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankTimerStarted;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankTimerStopped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A think tank: invited expertise turns questions into insights, and insights into
 * recommendations, which it publishes when it closes. It keeps what its rules need; the board is
 * built by a projection.
 */
public class ThinkTank {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_INSIGHT = 2000;
    public static final int MAX_EVIDENCE = 1000;
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_CLUSTER_NAME = 100;
    public static final int MAX_RECOMMENDATION = 2000;
    public static final int MAX_QUESTIONS = 20;

    @AggregateIdentifier
    private String thinkTankId;
    private String facilitatorId;
    private ThinkTankPhase phase;
    private Set<String> questions = new HashSet<>();
    private Set<String> experts = new HashSet<>();
    private Set<String> participants = new HashSet<>();
    /** Insight id to the question it answers. */
    private Map<String, String> insights = new HashMap<>();
    /** "insight person" for every support given. */
    private Set<String> supports = new HashSet<>();
    private Set<String> itemIds = new HashSet<>();
    private boolean timerRunning;

    protected ThinkTank() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public ThinkTank(CreateThinkTank command) {
        Values.actor(command.byId());
        String title = Text.required("title", command.title(), MAX_TITLE);
        if (!command.programmeWide() && command.module() == null) {
            throw RuleViolation.invalid("thinktank.module-required",
                    "Name the think tank's module, or make it programme-wide.");
        }
        if (command.module() != null && command.module() < 1) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", command.module());
        }
        List<NewQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NewQuestion question : command.questions() == null ? List.<NewQuestion>of() : command.questions()) {
            String id = Values.id("questionId", question.questionId());
            if (!ids.add(id)) {
                throw RuleViolation.conflict("id.taken", "The id %s is already used in this think tank.", id);
            }
            questions.add(new NewQuestion(id, Text.required("question", question.text(), MAX_QUESTION)));
        }
        if (questions.isEmpty()) {
            throw RuleViolation.invalid("thinktank.question-required", "A think tank needs at least one question.");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw RuleViolation.invalid("thinktank.too-many-questions", "A think tank takes at most %s questions.",
                    MAX_QUESTIONS);
        }
        List<String> experts = Values.distinctIds("experts", command.experts());
        List<String> municipalities = Values.distinctIds("municipalities", command.municipalities());
        apply(new ThinkTankCreated(command.thinkTankId(), command.byId(), title,
                command.programmeWide() ? null : command.module(), command.programmeWide(), municipalities,
                Values.instant("scheduledAt", command.scheduledAt()), questions, experts));
        apply(new ThinkTankJoined(command.thinkTankId(), command.byId()));
    }

    @CommandHandler
    public void handle(AddQuestion command) {
        requireFacilitator(command.byId(), "edit-questions", "edit the questions");
        requirePhase(ThinkTankPhase.PREPARE, "Questions are set while preparing");
        String id = newItem("questionId", command.questionId());
        if (questions.size() >= MAX_QUESTIONS) {
            throw RuleViolation.invalid("thinktank.too-many-questions", "A think tank takes at most %s questions.",
                    MAX_QUESTIONS);
        }
        apply(new QuestionAdded(thinkTankId, id, Text.required("question", command.text(), MAX_QUESTION),
                command.byId()));
    }

    @CommandHandler
    public void handle(InviteExpert command) {
        requireFacilitator(command.byId(), "invite", "invite experts");
        requireOpen();
        String person = Values.id("personId", command.personId());
        if (!experts.contains(person)) {
            apply(new ExpertInvited(thinkTankId, person, command.byId()));
        }
    }

    @CommandHandler
    public void handle(JoinThinkTank command) {
        Values.actor(command.byId());
        requireOpen();
        if (participants.contains(command.byId())) {
            return;
        }
        if (!experts.contains(command.byId()) && !command.ofModule()) {
            throw RuleViolation.forbidden("thinktank.invitation-required",
                    "Only invited experts and the module's people join this think tank; ask its facilitator.");
        }
        apply(new ThinkTankJoined(thinkTankId, command.byId()));
    }

    @CommandHandler
    public void handle(ChangeThinkTankPhase command) {
        requireFacilitator(command.byId(), "move-phase", "move the phase");
        requireOpen();
        SessionPhases.requireOneStep("the think tank", phase, command.to(), ThinkTankPhase.class,
                SessionPhases.Steps.EITHER_WAY);
        apply(new ThinkTankPhaseChanged(thinkTankId, phase, command.to(), command.byId()));
    }

    @CommandHandler
    public void handle(PostInsight command) {
        requireParticipant(command.byId());
        requirePhase(ThinkTankPhase.EXPLORE, "Insights are posted while exploring");
        if (command.questionId() == null || !questions.contains(command.questionId())) {
            throw RuleViolation.notFound("question.unknown", "The think tank has no question %s.", command.questionId());
        }
        String id = newItem("insightId", command.insightId());
        apply(new InsightPosted(thinkTankId, command.questionId(), id,
                Text.required("insight", command.text(), MAX_INSIGHT),
                Text.optional("evidence", command.evidence(), MAX_EVIDENCE), command.byId()));
    }

    @CommandHandler
    public void handle(CommentOnInsight command) {
        requireParticipant(command.byId());
        requirePhase(ThinkTankPhase.EXPLORE, "Insights are discussed while exploring");
        requireInsight(command.insightId());
        String id = newItem("commentId", command.commentId());
        apply(new InsightCommented(thinkTankId, command.insightId(), id,
                Text.required("comment", command.text(), MAX_COMMENT), command.byId()));
    }

    @CommandHandler
    public void handle(ClusterInsights command) {
        requireParticipant(command.byId());
        requirePhase(ThinkTankPhase.EXPLORE, "Insights are clustered while exploring");
        List<String> members = command.insightIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.insightIds()));
        if (members.size() < 2) {
            throw RuleViolation.invalid("cluster.too-few", "A cluster puts at least two insights together.");
        }
        members.forEach(this::requireInsight);
        if (members.stream().map(insights::get).distinct().count() > 1) {
            throw RuleViolation.conflict("cluster.one-question", "A cluster holds insights of one question only.");
        }
        String id = newItem("clusterId", command.clusterId());
        apply(new InsightsClustered(thinkTankId, id, Text.optional("cluster-name", command.name(), MAX_CLUSTER_NAME),
                members, command.byId()));
    }

    @CommandHandler
    public void handle(SupportInsight command) {
        requireParticipant(command.byId());
        requireSupportPhase();
        requireInsight(command.insightId());
        if (!supports.contains(command.insightId() + " " + command.byId())) {
            apply(new InsightSupported(thinkTankId, command.insightId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(WithdrawSupport command) {
        requireParticipant(command.byId());
        requireSupportPhase();
        requireInsight(command.insightId());
        if (!supports.contains(command.insightId() + " " + command.byId())) {
            throw RuleViolation.conflict("support.none", "You have not supported that insight.");
        }
        apply(new SupportWithdrawn(thinkTankId, command.insightId(), command.byId()));
    }

    @CommandHandler
    public void handle(DraftRecommendation command) {
        Values.actor(command.byId());
        if (!command.byId().equals(facilitatorId) && !(experts.contains(command.byId())
                && participants.contains(command.byId()))) {
            throw RuleViolation.forbidden("recommendation.experts-only",
                    "Only the facilitator and the invited experts draft recommendations.");
        }
        requirePhase(ThinkTankPhase.RECOMMEND, "Recommendations are drafted in the recommend phase");
        Addressee to = command.addressedTo();
        if (to == null || !(Addressee.MODULE.equals(to.kind()) || Addressee.MUNICIPALITY.equals(to.kind()))) {
            throw RuleViolation.invalid("recommendation.addressee",
                    "Address the recommendation to a module or a municipality project.");
        }
        Values.id("addressedTo.id", to.id());
        List<String> basedOn = command.basedOn() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.basedOn()));
        if (basedOn.isEmpty()) {
            throw RuleViolation.invalid("recommendation.basis-required",
                    "A recommendation rests on at least one insight; name the insights it is based on.");
        }
        for (String insight : basedOn) {
            if (!insights.containsKey(insight)) {
                throw RuleViolation.notFound("insight.unknown", "The think tank has no insight %s.", insight);
            }
        }
        String id = newItem("recommendationId", command.recommendationId());
        apply(new RecommendationDrafted(thinkTankId, id, Text.required("recommendation", command.text(),
                MAX_RECOMMENDATION), new Addressee(to.kind(), to.id()), basedOn, command.byId()));
    }

    @CommandHandler
    public void handle(StartThinkTankTimer command) {
        requireFacilitator(command.byId(), "start-timer", "start the timer");
        requireOpen();
        SessionTimer.check(command.startsAt(), command.endsAt());
        apply(new ThinkTankTimerStarted(thinkTankId, command.startsAt(), command.endsAt(), command.byId()));
    }

    @CommandHandler
    public void handle(StopThinkTankTimer command) {
        requireFacilitator(command.byId(), "stop-timer", "stop the timer");
        requireOpen();
        SessionTimer.requireRunning(timerRunning);
        apply(new ThinkTankTimerStopped(thinkTankId, command.byId()));
    }

    private String newItem(String field, String id) {
        Values.id(field, id);
        if (itemIds.contains(id)) {
            throw RuleViolation.conflict("id.taken", "The id %s is already used in this think tank.", id);
        }
        return id;
    }

    private void requireOpen() {
        if (phase == ThinkTankPhase.CLOSED) {
            throw RuleViolation.conflict("thinktank.closed", "The think tank is closed; nothing changes any more.");
        }
    }

    private void requirePhase(ThinkTankPhase wanted, String why) {
        requireOpen();
        if (phase != wanted) {
            throw RuleViolation.conflict("phase.wrong", "%s; the think tank is in %s.", why, phase);
        }
    }

    private void requireSupportPhase() {
        requireOpen();
        if (phase != ThinkTankPhase.EXPLORE && phase != ThinkTankPhase.RECOMMEND) {
            throw RuleViolation.conflict("phase.wrong", "Insights are supported while exploring and recommending; "
                    + "the think tank is in %s.", phase);
        }
    }

    private void requireParticipant(String personId) {
        SessionRules.requireParticipant(participants, personId);
    }

    private void requireFacilitator(String personId, String action, String what) {
        SessionRules.requireFacilitator(facilitatorId, personId, action, what);
    }

    private void requireInsight(String insightId) {
        if (insightId == null || !insights.containsKey(insightId)) {
            throw RuleViolation.notFound("insight.unknown", "The think tank has no insight %s.", insightId);
        }
    }

    @EventSourcingHandler
    void on(ThinkTankCreated event) {
        thinkTankId = event.thinkTankId();
        facilitatorId = event.facilitatorId();
        phase = ThinkTankPhase.PREPARE;
        event.questions().forEach(question -> {
            questions.add(question.questionId());
            itemIds.add(question.questionId());
        });
        experts.addAll(event.experts());
    }

    @EventSourcingHandler
    void on(QuestionAdded event) {
        questions.add(event.questionId());
        itemIds.add(event.questionId());
    }

    @EventSourcingHandler
    void on(ExpertInvited event) {
        experts.add(event.personId());
    }

    @EventSourcingHandler
    void on(ThinkTankJoined event) {
        participants.add(event.personId());
    }

    @EventSourcingHandler
    void on(ThinkTankPhaseChanged event) {
        phase = event.to();
        timerRunning = false;
    }

    @EventSourcingHandler
    void on(ThinkTankTimerStarted event) {
        timerRunning = true;
    }

    @EventSourcingHandler
    void on(ThinkTankTimerStopped event) {
        timerRunning = false;
    }

    @EventSourcingHandler
    void on(InsightPosted event) {
        insights.put(event.insightId(), event.questionId());
        itemIds.add(event.insightId());
    }

    @EventSourcingHandler
    void on(InsightCommented event) {
        itemIds.add(event.commentId());
    }

    @EventSourcingHandler
    void on(InsightsClustered event) {
        itemIds.add(event.clusterId());
    }

    @EventSourcingHandler
    void on(InsightSupported event) {
        supports.add(event.insightId() + " " + event.byId());
    }

    @EventSourcingHandler
    void on(SupportWithdrawn event) {
        supports.remove(event.insightId() + " " + event.byId());
    }

    @EventSourcingHandler
    void on(RecommendationDrafted event) {
        itemIds.add(event.recommendationId());
    }
}
