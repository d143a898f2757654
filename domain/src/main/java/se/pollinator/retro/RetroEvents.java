package se.pollinator.retro;

import se.pollinator.programme.Municipality;

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
            TimerStarted, TimerStopped, DecisionRecorded, ActionItemAdded, EarlierActionReviewed {
        String retroId();
    }

    public record RetroCreated(String retroId, String facilitatorId, String title, int module,
                               Municipality municipality, Instant scheduledAt, int voteBudget,
                               boolean anonymousCards, boolean privateReflection,
                               List<EarlierAction> earlierActions) implements RetroEvent {
    }

    public record ParticipantJoined(String retroId, String personId) implements RetroEvent {
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

    public record DecisionRecorded(String retroId, String decisionId, String text, String byId)
            implements RetroEvent {
    }

    public record ActionItemAdded(String retroId, String actionId, String text, String ownerId, LocalDate dueDate,
                                  String byId) implements RetroEvent {
    }

    /** The facilitator settled an open action item from an earlier retro of the same module. */
    public record EarlierActionReviewed(String retroId, String actionId, String fromRetroId, ActionOutcome outcome,
                                        String byId) implements RetroEvent {
    }
}
