package se.pollinator.retro;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.pollinator.programme.ProgrammeModule;
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
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;
import se.pollinator.session.SessionPhases;
import se.pollinator.session.SessionRules;
import se.pollinator.session.SessionTimer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A retrospective: the facilitator moves it through its phases while participants reflect,
 * group, vote and decide. It keeps only what its rules need; boards are built by projections.
 */
public class Retro {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CARD_TEXT = 500;
    public static final int MAX_GROUP_NAME = 100;
    public static final int MAX_DECISION_TEXT = 1000;
    public static final int MAX_ACTION_TEXT = 500;
    public static final int DEFAULT_VOTE_BUDGET = 3;
    public static final int MAX_VOTE_BUDGET = 20;
    public static final Duration MAX_TIMER = SessionTimer.MAX;
    public static final int MIN_TOKEN_LENGTH = 16;

    @AggregateIdentifier
    private String retroId;
    private String facilitatorId;
    private Phase phase;
    private int voteBudget;
    private Set<String> participants = new HashSet<>();
    private Map<String, Card> cards = new HashMap<>();
    private Map<String, Column> groups = new HashMap<>();
    private Map<String, List<String>> votesByVoter = new HashMap<>();
    private Map<String, String> earlierActions = new HashMap<>();
    private Set<String> decisionAndActionIds = new HashSet<>();
    /** The decisions and action items not deleted. */
    private Set<String> decisions = new HashSet<>();
    private Set<String> actions = new HashSet<>();
    private boolean timerRunning;
    private String joinToken;
    private boolean openToModule;

    /** What the rules need to know of a card. */
    record Card(String authorId, Column column, String groupId) {
        Card withColumn(Column to) {
            return new Card(authorId, to, null);
        }

        Card withGroup(String group) {
            return new Card(authorId, column, group);
        }
    }

    protected Retro() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Retro(CreateRetro command) {
        requirePerson(command.byId());
        String title = Text.required("title", command.title(), MAX_TITLE);
        int module = ProgrammeModule.check(command.module());
        int budget = command.voteBudget() == null ? DEFAULT_VOTE_BUDGET : command.voteBudget();
        if (budget < 1 || budget > MAX_VOTE_BUDGET) {
            throw RuleViolation.invalid("vote.budget-range", "The vote budget must be between 1 and %s, not %s.",
                    MAX_VOTE_BUDGET, budget);
        }
        String municipality = command.municipality() == null ? null : Values.id("municipality", command.municipality());
        apply(new RetroCreated(command.retroId(), command.byId(), title, module, municipality,
                Values.instant("scheduledAt", command.scheduledAt()), budget,
                Boolean.TRUE.equals(command.anonymousCards()),
                !Boolean.FALSE.equals(command.privateReflection()),
                command.earlierActions() == null ? List.of() : List.copyOf(command.earlierActions()),
                requireToken(command.joinToken()), Boolean.TRUE.equals(command.openToModule()),
                Boolean.TRUE.equals(command.showVotesLive())));
        apply(new ParticipantJoined(command.retroId(), command.byId()));
    }

    @CommandHandler
    public void handle(JoinRetro command) {
        requirePerson(command.byId());
        requireOpen();
        if (participants.contains(command.byId())) {
            return;
        }
        boolean invited = command.token() != null && joinToken != null && MessageDigest.isEqual(
                command.token().getBytes(StandardCharsets.UTF_8), joinToken.getBytes(StandardCharsets.UTF_8));
        if (!invited && !(openToModule && command.ofModule())) {
            throw RuleViolation.forbidden("retro.invitation-required",
                    "Join through the retro's share link, or ask its facilitator to add you.");
        }
        apply(new ParticipantJoined(retroId, command.byId()));
    }

    @CommandHandler
    public void handle(AddParticipant command) {
        requireFacilitator(command.byId(), "add-participants", "add participants");
        requireOpen();
        requirePerson(command.personId());
        if (!participants.contains(command.personId())) {
            apply(new ParticipantJoined(retroId, command.personId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(RenewJoinLink command) {
        requireFacilitator(command.byId(), "renew-link", "renew the share link");
        requireOpen();
        apply(new JoinLinkRenewed(retroId, requireToken(command.joinToken()), command.byId()));
    }

    @CommandHandler
    public void handle(OpenToModule command) {
        requireFacilitator(command.byId(), "open-to-module", "open the retro to its module");
        requireOpen();
        if (openToModule != command.open()) {
            apply(new ModuleOpennessChanged(retroId, command.open(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(AddCard command) {
        requireParticipant(command.byId());
        requirePhase(Phase.REFLECT, "add-cards", "Cards can only be added while reflecting");
        requireNewId(command.cardId());
        requireColumn(command.column());
        String text = Text.required("card-text", command.text(), MAX_CARD_TEXT);
        apply(new CardAdded(retroId, command.cardId(), command.byId(), command.column(), text));
    }

    @CommandHandler
    public void handle(EditCard command) {
        ownCard(command.cardId(), command.byId(), "edit");
        requirePhase(Phase.REFLECT, "edit-cards", "Cards can only be edited while reflecting");
        String text = Text.required("card-text", command.text(), MAX_CARD_TEXT);
        apply(new CardEdited(retroId, command.cardId(), text));
    }

    @CommandHandler
    public void handle(DeleteCard command) {
        ownCard(command.cardId(), command.byId(), "delete");
        requirePhase(Phase.REFLECT, "delete-cards", "Cards can only be deleted while reflecting");
        apply(new CardDeleted(retroId, command.cardId()));
    }

    @CommandHandler
    public void handle(GroupCards command) {
        requireParticipant(command.byId());
        requirePhase(Phase.GROUP, "group-cards", "Cards can only be grouped in the group phase");
        if (command.groupId() == null || command.groupId().isBlank()) {
            throw RuleViolation.invalid("group.id-required", "A group id is required.");
        }
        Values.id("groupId", command.groupId());
        if (command.cardIds() == null || command.cardIds().isEmpty()) {
            throw RuleViolation.invalid("group.no-cards", "Name at least one card to group.");
        }
        Column column = groups.get(command.groupId());
        if (column == null && cards.containsKey(command.groupId())) {
            throw RuleViolation.invalid("group.id-taken", "The group id is already used by a card.");
        }
        List<String> cardIds = new ArrayList<>(new LinkedHashSet<>(command.cardIds()));
        for (String cardId : cardIds) {
            Card card = existingCard(cardId);
            if (column == null) {
                column = card.column();
            } else if (card.column() != column) {
                throw RuleViolation.conflict("group.one-column",
                        "Cards in one group must share a column; move the card to %s first.", column);
            }
        }
        cardIds.removeIf(id -> command.groupId().equals(cards.get(id).groupId()));
        if (!cardIds.isEmpty()) {
            apply(new CardsGrouped(retroId, command.groupId(), column, cardIds, command.byId()));
        }
    }

    @CommandHandler
    public void handle(NameGroup command) {
        requireParticipant(command.byId());
        requirePhase(Phase.GROUP, "name-groups", "Groups can only be named in the group phase");
        if (!groups.containsKey(command.groupId())) {
            throw RuleViolation.notFound("group.unknown", "There is no group %s in this retro.", command.groupId());
        }
        String name = Text.optional("group-name", command.name(), MAX_GROUP_NAME);
        apply(new GroupNamed(retroId, command.groupId(), name, command.byId()));
    }

    @CommandHandler
    public void handle(UngroupCard command) {
        requireParticipant(command.byId());
        requirePhase(Phase.GROUP, "ungroup-cards", "Cards can only be ungrouped in the group phase");
        Card card = existingCard(command.cardId());
        if (card.groupId() == null) {
            throw RuleViolation.conflict("card.not-grouped", "The card is not in a group.");
        }
        apply(new CardUngrouped(retroId, command.cardId(), card.groupId(), command.byId()));
    }

    @CommandHandler
    public void handle(MoveCard command) {
        requireParticipant(command.byId());
        requirePhase(Phase.GROUP, "move-cards", "Cards can only be moved between columns in the group phase");
        Card card = existingCard(command.cardId());
        requireColumn(command.column());
        if (card.column() == command.column()) {
            throw RuleViolation.conflict("card.same-column", "The card is already in %s.", command.column());
        }
        apply(new CardMoved(retroId, command.cardId(), card.column(), command.column(), command.byId()));
    }

    @CommandHandler
    public void handle(CastVote command) {
        requireParticipant(command.byId());
        requirePhase(Phase.VOTE, "cast-votes", "Votes can only be cast in the vote phase");
        requireVoteTarget(command.targetId());
        int spent = votesByVoter.getOrDefault(command.byId(), List.of()).size();
        if (spent >= voteBudget) {
            throw RuleViolation.conflict("vote.budget-spent",
                    "You have spent all %s of your votes; take one back to vote again.", voteBudget);
        }
        apply(new VoteCast(retroId, command.targetId(), command.byId()));
    }

    @CommandHandler
    public void handle(RetractVote command) {
        requireParticipant(command.byId());
        requirePhase(Phase.VOTE, "retract-votes", "Votes can only be taken back in the vote phase");
        requireVoteTarget(command.targetId());
        if (!votesByVoter.getOrDefault(command.byId(), List.of()).contains(command.targetId())) {
            throw RuleViolation.conflict("vote.none-to-retract", "You have no vote on that to take back.");
        }
        apply(new VoteRetracted(retroId, command.targetId(), command.byId()));
    }

    @CommandHandler
    public void handle(ChangePhase command) {
        requireFacilitator(command.byId(), "move-phase", "move the phase");
        requireOpen();
        SessionPhases.requireOneStep("the retro", phase, command.to(), Phase.class, SessionPhases.Steps.EITHER_WAY);
        apply(new PhaseChanged(retroId, phase, command.to(), command.byId()));
    }

    @CommandHandler
    public void handle(StartTimer command) {
        requireFacilitator(command.byId(), "start-timer", "start the timer");
        requireOpen();
        SessionTimer.check(command.startsAt(), command.endsAt());
        apply(new TimerStarted(retroId, phase, command.startsAt(), command.endsAt(), command.byId()));
    }

    @CommandHandler
    public void handle(StopTimer command) {
        requireFacilitator(command.byId(), "stop-timer", "stop the timer");
        requireOpen();
        SessionTimer.requireRunning(timerRunning);
        apply(new TimerStopped(retroId, command.byId()));
    }

    @CommandHandler
    public void handle(RecordDecision command) {
        requireFacilitator(command.byId(), "record-decisions", "record decisions");
        requirePhase(Phase.DISCUSS, "record-decisions", "Decisions are recorded in the discuss phase");
        requireNewId(command.decisionId());
        String text = Text.required("decision", command.text(), MAX_DECISION_TEXT);
        apply(new DecisionRecorded(retroId, command.decisionId(), text, command.byId(),
                optionalTopic(command.topicId())));
    }

    @CommandHandler
    public void handle(EditDecision command) {
        requireFacilitator(command.byId(), "edit-decisions", "edit decisions");
        requireOpen();
        requireListed(decisions, command.decisionId(), "decision.unknown", "decision");
        String text = Text.required("decision", command.text(), MAX_DECISION_TEXT);
        apply(new DecisionEdited(retroId, command.decisionId(), text, command.byId()));
    }

    @CommandHandler
    public void handle(DeleteDecision command) {
        requireFacilitator(command.byId(), "delete-decisions", "delete decisions");
        requireOpen();
        requireListed(decisions, command.decisionId(), "decision.unknown", "decision");
        apply(new DecisionDeleted(retroId, command.decisionId(), command.byId()));
    }

    @CommandHandler
    public void handle(EditActionItem command) {
        requireFacilitator(command.byId(), "edit-actions", "edit action items");
        requireOpen();
        requireListed(actions, command.actionId(), "action.unknown", "action item");
        String text = Text.required("action", command.text(), MAX_ACTION_TEXT);
        requireOwner(command.ownerId());
        apply(new ActionItemEdited(retroId, command.actionId(), text, command.ownerId(),
                Values.date("dueDate", command.dueDate()), command.byId()));
    }

    @CommandHandler
    public void handle(DeleteActionItem command) {
        requireFacilitator(command.byId(), "delete-actions", "delete action items");
        requireOpen();
        requireListed(actions, command.actionId(), "action.unknown", "action item");
        apply(new ActionItemDeleted(retroId, command.actionId(), command.byId()));
    }

    @CommandHandler
    public void handle(FocusTopic command) {
        requireFacilitator(command.byId(), "focus-topics", "choose the topic under discussion");
        requirePhase(Phase.DISCUSS, "focus-topics", "Topics are discussed in the discuss phase");
        String topicId = optionalTopic(command.topicId());
        if (topicId == null) {
            throw RuleViolation.invalid("topic.required", "Name the card or group to discuss: {\"topicId\"}.");
        }
        apply(new TopicFocused(retroId, topicId, command.byId()));
    }

    @CommandHandler
    public void handle(AddActionItem command) {
        requireFacilitator(command.byId(), "add-actions", "add action items");
        requirePhase(Phase.DISCUSS, "add-actions", "Action items are added in the discuss phase");
        requireNewId(command.actionId());
        String text = Text.required("action", command.text(), MAX_ACTION_TEXT);
        requireOwner(command.ownerId());
        apply(new ActionItemAdded(retroId, command.actionId(), text, command.ownerId(),
                Values.date("dueDate", command.dueDate()), command.byId(), optionalTopic(command.topicId())));
    }

    @CommandHandler
    public void handle(ReviewEarlierAction command) {
        requireFacilitator(command.byId(), "review-actions", "review earlier action items");
        requireOpen();
        if (!earlierActions.containsKey(command.actionId())) {
            throw RuleViolation.notFound("action.not-listed",
                    "Action item %s is not among the open items listed for this retro.", command.actionId());
        }
        if (command.outcome() == null) {
            throw RuleViolation.invalid("action.outcome-required", "An outcome is required: DONE, DROPPED or CARRIED_ON.");
        }
        apply(new EarlierActionReviewed(retroId, command.actionId(), earlierActions.get(command.actionId()),
                command.outcome(), command.byId()));
    }

    // ---- rules shared by the handlers ----

    private static String requireToken(String token) {
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            throw RuleViolation.invalid("retro.join-token", "A share link needs a token of at least %s characters.",
                    MIN_TOKEN_LENGTH);
        }
        return token;
    }

    private static void requirePerson(String personId) {
        Values.actor(personId);
    }

    private void requireOpen() {
        if (phase == Phase.CLOSED) {
            throw RuleViolation.conflict("retro.closed", "This retro is closed; it accepts no changes.");
        }
    }

    /**
     * @param action what the command does, as part of the rule's code ({@code phase.add-cards})
     * @param what   the same in English, for the message
     */
    private void requirePhase(Phase required, String action, String what) {
        requireOpen();
        if (phase != required) {
            throw RuleViolation.conflict("phase." + action, what + " (%s); the retro is in %s.", required, phase);
        }
    }

    private static void requireColumn(Column column) {
        if (column == null) {
            throw RuleViolation.invalid("column.required", "A column is required: STRENGTHEN, STOP or KEEP.");
        }
    }

    private void requireParticipant(String personId) {
        SessionRules.requireParticipant(participants, personId);
    }

    private void requireFacilitator(String personId, String action, String what) {
        SessionRules.requireFacilitator(facilitatorId, personId, action, what);
    }

    private void requireOwner(String ownerId) {
        if (ownerId == null || !participants.contains(ownerId)) {
            throw RuleViolation.invalid("action.owner-not-participant",
                    "An action item's owner must be one of the retro's participants.");
        }
    }

    /** A decision or an action item of this retro that is still there. */
    private static void requireListed(Set<String> listed, String id, String code, String kind) {
        if (id == null || !listed.contains(id)) {
            throw RuleViolation.notFound(code, "There is no %s %s in this retro.", kind, id);
        }
    }

    /** The card or group an outcome comes from: none, or one on the board. */
    private String optionalTopic(String topicId) {
        if (topicId == null || topicId.isBlank()) {
            return null;
        }
        if (!cards.containsKey(topicId) && !groups.containsKey(topicId)) {
            throw RuleViolation.notFound("topic.unknown", "There is no card or group %s in this retro.", topicId);
        }
        return topicId;
    }

    private void requireNewId(String id) {
        if (id == null || id.isBlank()) {
            throw RuleViolation.invalid("id.required", "An id is required.");
        }
        Values.id("id", id);
        if (cards.containsKey(id) || groups.containsKey(id) || decisionAndActionIds.contains(id)) {
            throw RuleViolation.conflict("id.taken", "The id %s is already used in this retro.", id);
        }
    }

    private Card existingCard(String cardId) {
        Card card = cardId == null ? null : cards.get(cardId);
        if (card == null) {
            throw RuleViolation.notFound("card.unknown", "There is no card %s in this retro.", cardId);
        }
        return card;
    }

    private Card ownCard(String cardId, String personId, String verb) {
        requireParticipant(personId);
        Card card = existingCard(cardId);
        if (!card.authorId().equals(personId)) {
            throw RuleViolation.forbidden("card.not-own." + verb, "You can only " + verb + " your own cards.");
        }
        return card;
    }

    private void requireVoteTarget(String targetId) {
        if (targetId == null || !(cards.containsKey(targetId) || groups.containsKey(targetId))) {
            throw RuleViolation.notFound("vote.unknown-target", "There is no card or group %s to vote on.", targetId);
        }
    }

    // ---- state changes ----

    @EventSourcingHandler
    void on(RetroCreated event) {
        retroId = event.retroId();
        facilitatorId = event.facilitatorId();
        voteBudget = event.voteBudget();
        phase = Phase.REFLECT;
        event.earlierActions().forEach(action -> earlierActions.put(action.actionId(), action.fromRetroId()));
        joinToken = event.joinToken();
        openToModule = event.openToModule();
    }

    @EventSourcingHandler
    void on(JoinLinkRenewed event) {
        joinToken = event.joinToken();
    }

    @EventSourcingHandler
    void on(ModuleOpennessChanged event) {
        openToModule = event.openToModule();
    }

    @EventSourcingHandler
    void on(ParticipantJoined event) {
        participants.add(event.personId());
    }

    @EventSourcingHandler
    void on(CardAdded event) {
        cards.put(event.cardId(), new Card(event.authorId(), event.column(), null));
    }

    @EventSourcingHandler
    void on(CardDeleted event) {
        cards.remove(event.cardId());
    }

    @EventSourcingHandler
    void on(CardsGrouped event) {
        groups.put(event.groupId(), event.column());
        event.cardIds().forEach(id -> cards.computeIfPresent(id, (key, card) -> card.withGroup(event.groupId())));
    }

    @EventSourcingHandler
    void on(CardUngrouped event) {
        cards.computeIfPresent(event.cardId(), (key, card) -> card.withGroup(null));
    }

    @EventSourcingHandler
    void on(CardMoved event) {
        cards.computeIfPresent(event.cardId(), (key, card) -> card.withColumn(event.to()));
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        votesByVoter.computeIfAbsent(event.voterId(), key -> new ArrayList<>()).add(event.targetId());
    }

    @EventSourcingHandler
    void on(VoteRetracted event) {
        List<String> votes = votesByVoter.get(event.voterId());
        if (votes != null) {
            votes.remove(event.targetId());
        }
    }

    @EventSourcingHandler
    void on(PhaseChanged event) {
        phase = event.to();
        timerRunning = false;
    }

    @EventSourcingHandler
    void on(TimerStarted event) {
        timerRunning = true;
    }

    @EventSourcingHandler
    void on(TimerStopped event) {
        timerRunning = false;
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decisionAndActionIds.add(event.decisionId());
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(DecisionDeleted event) {
        decisions.remove(event.decisionId());
    }

    @EventSourcingHandler
    void on(ActionItemAdded event) {
        decisionAndActionIds.add(event.actionId());
        actions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(ActionItemDeleted event) {
        actions.remove(event.actionId());
    }
}
