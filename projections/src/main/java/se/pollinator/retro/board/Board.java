package se.pollinator.retro.board;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.EarlierAction;
import se.pollinator.retro.Phase;
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
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.RetroEvents.TimerStarted;
import se.pollinator.retro.RetroEvents.TimerStopped;
import se.pollinator.retro.RetroEvents.TopicFocused;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.session.SessionPart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole state of one retro board, as folded from its events. It holds everything, hidden
 * texts and authors included; what a given person may see is cut out by {@link BoardView}.
 *
 * <p>The fold is the same for the live board and for any point in history: {@link #of} folds a
 * list of events, {@link #apply} folds one more. Nothing here reads a clock or a database.
 *
 * <p>Stored, its fields are its header: the collections are stored part by part, not with it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class Board {

    String retroId;
    long seq = -1;
    String title;
    int module;
    String municipality;
    Instant scheduledAt;
    String facilitatorId;
    int voteBudget;
    boolean anonymousCards;
    boolean privateReflection;
    String joinToken;
    boolean openToModule;
    /** Vote totals are shown while voting, not only from the discussion on. */
    boolean showVotesLive;
    Phase phase;
    Timer timer;
    /** The card or group under discussion, as the facilitator chose it. */
    String currentTopic;
    @JsonIgnore
    LinkedHashSet<String> participants = new LinkedHashSet<>();
    @JsonIgnore
    LinkedHashMap<String, Card> cards = new LinkedHashMap<>();
    @JsonIgnore
    LinkedHashMap<String, Group> groups = new LinkedHashMap<>();
    @JsonIgnore
    Map<String, Map<String, Integer>> votesByVoter = new LinkedHashMap<>();
    @JsonIgnore
    List<Decision> decisions = new ArrayList<>();
    @JsonIgnore
    List<Action> actions = new ArrayList<>();
    @JsonIgnore
    List<Review> earlierActions = new ArrayList<>();

    /** A card on the board; {@code votes} is the total from everybody. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class Card {
        String id;
        String authorId;
        Column column;
        String text;
        String groupId;
        int votes;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class Group {
        String id;
        Column column;
        String name;
        int votes;
    }

    record Timer(Phase phase, Instant startsAt, Instant endsAt) {
    }

    /** A decision; {@code topicId} is the card or group it came from, if any. */
    record Decision(String id, String text, String topicId) {
    }

    record Action(String id, String text, String ownerId, LocalDate dueDate, String topicId) {
    }

    /** An earlier retro's open action item and what this retro decided about it (null: not yet). */
    record Review(EarlierAction action, ActionOutcome outcome) {
    }

    /** One part of a board that an event may change, and that is stored on its own. */
    record Part(Kind kind, String id) implements SessionPart {
        enum Kind { PARTICIPANT, CARD, GROUP, VOTER, DECISION, ACTION, REVIEW }
    }

    /**
     * The parts of the board that {@code event} changes (besides its header: title, phase,
     * timer, settings and sequence number), so that a read model stores only those. A part that
     * the event removed is among them and is absent from the board afterwards.
     */
    static List<Part> partsChangedBy(RetroEvent event) {
        List<Part> parts = new ArrayList<>();
        if (event instanceof RetroCreated e) {
            e.earlierActions().forEach(action -> parts.add(new Part(Part.Kind.REVIEW, action.actionId())));
        } else if (event instanceof ParticipantJoined e) {
            parts.add(new Part(Part.Kind.PARTICIPANT, e.personId()));
        } else if (event instanceof CardAdded e) {
            parts.add(new Part(Part.Kind.CARD, e.cardId()));
        } else if (event instanceof CardEdited e) {
            parts.add(new Part(Part.Kind.CARD, e.cardId()));
        } else if (event instanceof CardDeleted e) {
            parts.add(new Part(Part.Kind.CARD, e.cardId()));
        } else if (event instanceof CardsGrouped e) {
            parts.add(new Part(Part.Kind.GROUP, e.groupId()));
            e.cardIds().forEach(id -> parts.add(new Part(Part.Kind.CARD, id)));
        } else if (event instanceof GroupNamed e) {
            parts.add(new Part(Part.Kind.GROUP, e.groupId()));
        } else if (event instanceof CardUngrouped e) {
            parts.add(new Part(Part.Kind.CARD, e.cardId()));
        } else if (event instanceof CardMoved e) {
            parts.add(new Part(Part.Kind.CARD, e.cardId()));
        } else if (event instanceof VoteCast e) {
            voted(parts, e.targetId(), e.voterId());
        } else if (event instanceof VoteRetracted e) {
            voted(parts, e.targetId(), e.voterId());
        } else if (event instanceof DecisionRecorded e) {
            parts.add(new Part(Part.Kind.DECISION, e.decisionId()));
        } else if (event instanceof DecisionEdited e) {
            parts.add(new Part(Part.Kind.DECISION, e.decisionId()));
        } else if (event instanceof DecisionDeleted e) {
            parts.add(new Part(Part.Kind.DECISION, e.decisionId()));
        } else if (event instanceof ActionItemAdded e) {
            parts.add(new Part(Part.Kind.ACTION, e.actionId()));
        } else if (event instanceof ActionItemEdited e) {
            parts.add(new Part(Part.Kind.ACTION, e.actionId()));
        } else if (event instanceof ActionItemDeleted e) {
            parts.add(new Part(Part.Kind.ACTION, e.actionId()));
        } else if (event instanceof EarlierActionReviewed e) {
            parts.add(new Part(Part.Kind.REVIEW, e.actionId()));
        } else if (!(event instanceof PhaseChanged || event instanceof TimerStarted || event instanceof TimerStopped
                || event instanceof TopicFocused || event instanceof JoinLinkRenewed
                || event instanceof ModuleOpennessChanged)) {
            // Those change only the header; any other event must say here which parts it changes.
            throw new IllegalArgumentException("The board's parts do not say what "
                    + event.getClass().getSimpleName() + " changes");
        }
        return parts;
    }

    private static void voted(List<Part> parts, String targetId, String voterId) {
        parts.add(new Part(Part.Kind.CARD, targetId));
        parts.add(new Part(Part.Kind.GROUP, targetId));
        parts.add(new Part(Part.Kind.VOTER, voterId));
    }

    /** The current state of one part, or null when the board has no such part (any more). */
    Object part(Part part) {
        return switch (part.kind()) {
            case PARTICIPANT -> participants.contains(part.id()) ? part.id() : null;
            case CARD -> cards.get(part.id());
            case GROUP -> groups.get(part.id());
            case VOTER -> votesByVoter.get(part.id());
            case DECISION -> decisions.stream().filter(d -> d.id().equals(part.id())).findFirst().orElse(null);
            case ACTION -> actions.stream().filter(a -> a.id().equals(part.id())).findFirst().orElse(null);
            case REVIEW -> earlierActions.stream().filter(r -> r.action().actionId().equals(part.id())).findFirst()
                    .orElse(null);
        };
    }

    /** Puts a stored part back, in the order the parts first appeared; for a read model loading a board. */
    void restore(Part.Kind kind, Object value) {
        switch (kind) {
            case PARTICIPANT -> participants.add((String) value);
            case CARD -> cards.put(((Card) value).id, (Card) value);
            case GROUP -> groups.put(((Group) value).id, (Group) value);
            case DECISION -> decisions.add((Decision) value);
            case ACTION -> actions.add((Action) value);
            case REVIEW -> earlierActions.add((Review) value);
            case VOTER -> throw new IllegalArgumentException("Voters are restored with their id");
        }
    }

    /** Puts a voter's stored votes back. */
    void restoreVotes(String voterId, Map<String, Integer> votes) {
        votesByVoter.put(voterId, new LinkedHashMap<>(votes));
    }

    /** Folds events, each paired with its sequence number, into a board. */
    public static Board of(List<Sequenced> events) {
        Board board = new Board();
        events.forEach(event -> board.apply(event.event(), event.seq()));
        return board;
    }

    /** One event with the aggregate sequence number it was stored under. */
    public record Sequenced(long seq, RetroEvent event) {
    }

    public String retroId() {
        return retroId;
    }

    public long seq() {
        return seq;
    }

    public Phase phase() {
        return phase;
    }

    public String title() {
        return title;
    }

    public int module() {
        return module;
    }

    public String facilitatorId() {
        return facilitatorId;
    }

    /** The municipality project the retro belongs to, if any. */
    public String municipality() {
        return municipality;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    /** A decision or action item of the retro, as a plan change may name it as its source. */
    public record Outcome(String id, String kind, String text) {
    }

    /** The retro's decisions, then its action items, in the order they were recorded. */
    public List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        decisions.forEach(decision -> outcomes.add(new Outcome(decision.id(), "DECISION", decision.text())));
        actions.forEach(action -> outcomes.add(new Outcome(action.id(), "ACTION_ITEM", action.text())));
        return outcomes;
    }

    /** Whether vote totals are hidden now: while voting, unless the retro shows them live. */
    public boolean votesHidden() {
        return phase == Phase.VOTE && !showVotesLive;
    }

    public String joinToken() {
        return joinToken;
    }

    public boolean isParticipant(String personId) {
        return participants.contains(personId);
    }

    /** The author of a card, for rules that need it (never for display). */
    String authorOf(String cardId) {
        Card card = cards.get(cardId);
        return card == null ? null : card.authorId;
    }

    /** How many votes everybody has put on a card or group. */
    int votesOn(String targetId) {
        Card card = cards.get(targetId);
        if (card != null) {
            return card.votes;
        }
        Group group = groups.get(targetId);
        return group == null ? 0 : group.votes;
    }

    /** How many of one person's votes are on a card or group; none for nobody ({@code null}). */
    int votesOf(String voterId, String targetId) {
        return voterId == null ? 0 : votesByVoter.getOrDefault(voterId, Map.of()).getOrDefault(targetId, 0);
    }

    /** The votes a participant has left to spend; {@code null} for anyone who is not a participant. */
    Integer votesLeft(String voterId) {
        if (voterId == null || !isParticipant(voterId)) {
            return null;
        }
        return voteBudget - votesByVoter.getOrDefault(voterId, Map.of()).values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    /** True while a card's text is visible only to its author. */
    boolean textsHidden() {
        return privateReflection && phase == Phase.REFLECT;
    }

    /**
     * Folds one more event in; events at or below the current sequence number are ignored.
     *
     * @throws IllegalStateException when the first event folded is not the retro's creation: a
     *                               fold that missed it (say, one started from a snapshot) would
     *                               not know the retro's privacy settings, so it fails closed
     */
    public Board apply(RetroEvent event, long eventSeq) {
        if (eventSeq <= seq) {
            return this;
        }
        if (retroId == null && !(event instanceof RetroCreated)) {
            throw new IllegalStateException("Retro " + event.retroId() + " cannot be folded from event " + eventSeq
                    + " (" + event.getClass().getSimpleName() + "): its creation was not seen");
        }
        seq = eventSeq;
        if (event instanceof RetroCreated e) {
            created(e);
        } else if (event instanceof ParticipantJoined e) {
            participants.add(e.personId());
        } else if (event instanceof CardAdded e) {
            added(e);
        } else if (event instanceof CardEdited e) {
            withCard(e.cardId(), card -> card.text = e.text());
        } else if (event instanceof CardDeleted e) {
            cards.remove(e.cardId());
        } else if (event instanceof CardsGrouped e) {
            grouped(e);
        } else if (event instanceof GroupNamed e) {
            Group group = groups.get(e.groupId());
            if (group != null) {
                group.name = e.name();
            }
        } else if (event instanceof CardUngrouped e) {
            withCard(e.cardId(), card -> card.groupId = null);
        } else if (event instanceof CardMoved e) {
            withCard(e.cardId(), card -> {
                card.column = e.to();
                card.groupId = null;
            });
        } else if (event instanceof VoteCast e) {
            vote(e.voterId(), e.targetId(), 1);
        } else if (event instanceof VoteRetracted e) {
            vote(e.voterId(), e.targetId(), -1);
        } else if (event instanceof PhaseChanged e) {
            phase = e.to();
            timer = null;
            currentTopic = null;
        } else if (event instanceof TimerStarted e) {
            timer = new Timer(e.phase(), e.startsAt(), e.endsAt());
        } else if (event instanceof TimerStopped) {
            timer = null;
        } else if (event instanceof DecisionRecorded e) {
            decisions.add(new Decision(e.decisionId(), e.text(), e.topicId()));
        } else if (event instanceof DecisionEdited e) {
            decisions.replaceAll(d -> d.id().equals(e.decisionId()) ? new Decision(d.id(), e.text(), d.topicId()) : d);
        } else if (event instanceof DecisionDeleted e) {
            decisions.removeIf(d -> d.id().equals(e.decisionId()));
        } else if (event instanceof ActionItemAdded e) {
            actions.add(new Action(e.actionId(), e.text(), e.ownerId(), e.dueDate(), e.topicId()));
        } else if (event instanceof ActionItemEdited e) {
            actions.replaceAll(a -> a.id().equals(e.actionId())
                    ? new Action(a.id(), e.text(), e.ownerId(), e.dueDate(), a.topicId()) : a);
        } else if (event instanceof ActionItemDeleted e) {
            actions.removeIf(a -> a.id().equals(e.actionId()));
        } else if (event instanceof TopicFocused e) {
            currentTopic = e.topicId();
        } else if (event instanceof EarlierActionReviewed e) {
            reviewed(e);
        } else if (event instanceof JoinLinkRenewed e) {
            joinToken = e.joinToken();
        } else if (event instanceof ModuleOpennessChanged e) {
            openToModule = e.openToModule();
        } else {
            throw new IllegalArgumentException("The board fold does not handle " + event.getClass().getSimpleName());
        }
        return this;
    }

    private void created(RetroCreated e) {
        retroId = e.retroId();
        title = e.title();
        module = e.module();
        municipality = e.municipality();
        scheduledAt = e.scheduledAt();
        facilitatorId = e.facilitatorId();
        voteBudget = e.voteBudget();
        anonymousCards = e.anonymousCards();
        privateReflection = e.privateReflection();
        joinToken = e.joinToken();
        openToModule = e.openToModule();
        showVotesLive = e.showVotesLive();
        phase = Phase.REFLECT;
        e.earlierActions().forEach(action -> earlierActions.add(new Review(action, null)));
    }

    private void added(CardAdded e) {
        Card card = new Card();
        card.id = e.cardId();
        card.authorId = e.authorId();
        card.column = e.column();
        card.text = e.text();
        cards.put(card.id, card);
    }

    private void grouped(CardsGrouped e) {
        Group group = groups.computeIfAbsent(e.groupId(), id -> {
            Group created = new Group();
            created.id = id;
            return created;
        });
        group.column = e.column();
        e.cardIds().forEach(id -> withCard(id, card -> card.groupId = e.groupId()));
    }

    private void vote(String voterId, String targetId, int delta) {
        Map<String, Integer> mine = votesByVoter.computeIfAbsent(voterId, id -> new LinkedHashMap<>());
        mine.merge(targetId, delta, Integer::sum);
        mine.remove(targetId, 0);
        Card card = cards.get(targetId);
        if (card != null) {
            card.votes += delta;
        }
        Group group = groups.get(targetId);
        if (group != null) {
            group.votes += delta;
        }
    }

    private void reviewed(EarlierActionReviewed e) {
        earlierActions.replaceAll(review -> review.action().actionId().equals(e.actionId())
                ? new Review(review.action(), e.outcome()) : review);
    }

    private void withCard(String cardId, Consumer<Card> change) {
        Card card = cards.get(cardId);
        if (card != null) {
            change.accept(card);
        }
    }
}
