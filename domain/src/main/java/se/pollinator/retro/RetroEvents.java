package se.pollinator.retro;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened in a retro. Events carry ids and facts only; they are stored as JSON and never
 * change once written.
 */
public final class RetroEvents {

    private RetroEvents() {
    }

    /** Marker for every retro event, so folds and projections can switch over them. */
    public sealed interface RetroEvent permits RetroCreated, ParticipantJoined, CardAdded, CardEdited, CardDeleted,
            CardsGrouped, GroupNamed, CardUngrouped, CardMoved, VoteCast, VoteRetracted, PhaseChanged,
            TimerStarted, TimerStopped, DecisionRecorded, ActionItemAdded, EarlierActionReviewed, JoinLinkRenewed,
            ModuleOpennessChanged, DecisionEdited, DecisionDeleted, ActionItemEdited, ActionItemDeleted, TopicFocused {
        String retroId();
    }

    /**
     * A retro was opened. {@code joinToken} is the secret of its share link (absent in retros
     * created before share links; their facilitator renews the link to get one).
     */
    public record RetroCreated(String retroId, String facilitatorId, String title, int module,
                               String municipality, Instant scheduledAt, int voteBudget,
                               boolean anonymousCards, boolean privateReflection,
                               List<EarlierAction> earlierActions, String joinToken, boolean openToModule,
                               boolean showVotesLive)
            implements RetroEvent {

        /** Without {@code showVotesLive}, as retros stored before it were: totals hidden while voting. */
        public RetroCreated(String retroId, String facilitatorId, String title, int module, String municipality,
                            Instant scheduledAt, int voteBudget, boolean anonymousCards, boolean privateReflection,
                            List<EarlierAction> earlierActions, String joinToken, boolean openToModule) {
            this(retroId, facilitatorId, title, module, municipality, scheduledAt, voteBudget, anonymousCards,
                    privateReflection, earlierActions, joinToken, openToModule, false);
        }
    }

    /** The share link got a new token; the old one no longer lets anybody join. */
    public record JoinLinkRenewed(String retroId, String joinToken, String byId) implements RetroEvent {
    }

    /** Whether the module's people may join without the share link. */
    public record ModuleOpennessChanged(String retroId, boolean openToModule, String byId) implements RetroEvent {
    }

    /** A person became a participant: by joining, or added by {@code addedById} (null when they joined). */
    public record ParticipantJoined(String retroId, String personId, String addedById) implements RetroEvent {
        public ParticipantJoined(String retroId, String personId) {
            this(retroId, personId, null);
        }
    }

    public record CardAdded(String retroId, String cardId, String authorId, Column column, String text)
            implements RetroEvent {
    }

    public record CardEdited(String retroId, String cardId, String text) implements RetroEvent {
    }

    public record CardDeleted(String retroId, String cardId) implements RetroEvent {
    }

    /** Cards joined a group; the group exists from its first such event. */
    public record CardsGrouped(String retroId, String groupId, Column column, List<String> cardIds, String byId)
            implements RetroEvent {
    }

    public record GroupNamed(String retroId, String groupId, String name, String byId) implements RetroEvent {
    }

    public record CardUngrouped(String retroId, String cardId, String groupId, String byId) implements RetroEvent {
    }

    /** A card moved to another column; a grouped card leaves its group when it moves. */
    public record CardMoved(String retroId, String cardId, Column from, Column to, String byId)
            implements RetroEvent {
    }

    public record VoteCast(String retroId, String targetId, String voterId) implements RetroEvent {
    }

    public record VoteRetracted(String retroId, String targetId, String voterId) implements RetroEvent {
    }

    public record PhaseChanged(String retroId, Phase from, Phase to, String byId) implements RetroEvent {
    }

    public record TimerStarted(String retroId, Phase phase, Instant startsAt, Instant endsAt, String byId)
            implements RetroEvent {
    }

    public record TimerStopped(String retroId, String byId) implements RetroEvent {
    }

    /** A decision; {@code topicId} names the card or group it came from (null: none, or stored before topics). */
    public record DecisionRecorded(String retroId, String decisionId, String text, String byId, String topicId)
            implements RetroEvent {

        public DecisionRecorded(String retroId, String decisionId, String text, String byId) {
            this(retroId, decisionId, text, byId, null);
        }
    }

    /** An action item; {@code topicId} as for a decision. */
    public record ActionItemAdded(String retroId, String actionId, String text, String ownerId, LocalDate dueDate,
                                  String byId, String topicId) implements RetroEvent {

        public ActionItemAdded(String retroId, String actionId, String text, String ownerId, LocalDate dueDate,
                               String byId) {
            this(retroId, actionId, text, ownerId, dueDate, byId, null);
        }
    }

    public record DecisionEdited(String retroId, String decisionId, String text, String byId) implements RetroEvent {
    }

    public record DecisionDeleted(String retroId, String decisionId, String byId) implements RetroEvent {
    }

    public record ActionItemEdited(String retroId, String actionId, String text, String ownerId, LocalDate dueDate,
                                   String byId) implements RetroEvent {
    }

    public record ActionItemDeleted(String retroId, String actionId, String byId) implements RetroEvent {
    }

    /** The topic (a card or a group) the retro now discusses. */
    public record TopicFocused(String retroId, String topicId, String byId) implements RetroEvent {
    }

    /** The facilitator settled an open action item from an earlier retro of the same module. */
    public record EarlierActionReviewed(String retroId, String actionId, String fromRetroId, ActionOutcome outcome,
                                        String byId) implements RetroEvent {
    }
}
