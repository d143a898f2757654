package se.pollinator.retro;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What people ask a retro to do. Every command names the acting person ({@code byId}); the web
 * layer fills it in from the login, never from the request body.
 */
public final class RetroCommands {

    private RetroCommands() {
    }

    /**
     * Opens a retro. {@code earlierActions} are the open action items of the module's earlier
     * retros, looked up by the caller, for the facilitator to review. {@code joinToken} is the
     * secret its share link carries; {@code openToModule} lets the whole module join without it.
     * Vote totals stay hidden until the discussion unless {@code showVotesLive}.
     */
    public record CreateRetro(@TargetAggregateIdentifier String retroId, String byId, String title, Integer module,
                              String municipality, Instant scheduledAt, Integer voteBudget,
                              Boolean anonymousCards, Boolean privateReflection,
                              List<EarlierAction> earlierActions, String joinToken, Boolean openToModule,
                              Boolean showVotesLive) {

        public CreateRetro(String retroId, String byId, String title, Integer module, String municipality,
                           Instant scheduledAt, Integer voteBudget, Boolean anonymousCards, Boolean privateReflection,
                           List<EarlierAction> earlierActions, String joinToken, Boolean openToModule) {
            this(retroId, byId, title, module, municipality, scheduledAt, voteBudget, anonymousCards, privateReflection,
                    earlierActions, joinToken, openToModule, null);
        }
    }

    /**
     * A person asks to join: with the share link's token, or, for a retro open to its module, as
     * one of the module's people ({@code ofModule}, decided by the caller).
     */
    public record JoinRetro(@TargetAggregateIdentifier String retroId, String byId, String token, boolean ofModule) {
    }

    /** The facilitator adds a person to the retro. */
    public record AddParticipant(@TargetAggregateIdentifier String retroId, String byId, String personId) {
    }

    /** The facilitator replaces the share link's token; the old link stops working. */
    public record RenewJoinLink(@TargetAggregateIdentifier String retroId, String byId, String joinToken) {
    }

    /** The facilitator lets the module's people join without the link, or stops that. */
    public record OpenToModule(@TargetAggregateIdentifier String retroId, String byId, boolean open) {
    }

    public record AddCard(@TargetAggregateIdentifier String retroId, String cardId, String byId, Column column,
                          String text) {
    }

    public record EditCard(@TargetAggregateIdentifier String retroId, String cardId, String byId, String text) {
    }

    public record DeleteCard(@TargetAggregateIdentifier String retroId, String cardId, String byId) {
    }

    /** Puts cards into a group, creating the group when {@code groupId} is new. */
    public record GroupCards(@TargetAggregateIdentifier String retroId, String groupId, String byId,
                             List<String> cardIds) {
    }

    public record NameGroup(@TargetAggregateIdentifier String retroId, String groupId, String byId, String name) {
    }

    public record UngroupCard(@TargetAggregateIdentifier String retroId, String cardId, String byId) {
    }

    public record MoveCard(@TargetAggregateIdentifier String retroId, String cardId, String byId, Column column) {
    }

    /** One vote on a card or a group; votes stack by casting again. */
    public record CastVote(@TargetAggregateIdentifier String retroId, String targetId, String byId) {
    }

    public record RetractVote(@TargetAggregateIdentifier String retroId, String targetId, String byId) {
    }

    /** Moves the retro one phase forward or one phase back. */
    public record ChangePhase(@TargetAggregateIdentifier String retroId, String byId, Phase to) {
    }

    public record StartTimer(@TargetAggregateIdentifier String retroId, String byId, Instant startsAt,
                             Instant endsAt) {
    }

    public record StopTimer(@TargetAggregateIdentifier String retroId, String byId) {
    }

    /** Records a decision, on the topic (a card or a group) it came from when {@code topicId} is given. */
    public record RecordDecision(@TargetAggregateIdentifier String retroId, String decisionId, String byId,
                                 String text, String topicId) {

        public RecordDecision(String retroId, String decisionId, String byId, String text) {
            this(retroId, decisionId, byId, text, null);
        }
    }

    /** Adds an action item, on the topic (a card or a group) it came from when {@code topicId} is given. */
    public record AddActionItem(@TargetAggregateIdentifier String retroId, String actionId, String byId, String text,
                                String ownerId, LocalDate dueDate, String topicId) {

        public AddActionItem(String retroId, String actionId, String byId, String text, String ownerId,
                             LocalDate dueDate) {
            this(retroId, actionId, byId, text, ownerId, dueDate, null);
        }
    }

    public record EditDecision(@TargetAggregateIdentifier String retroId, String decisionId, String byId, String text) {
    }

    public record DeleteDecision(@TargetAggregateIdentifier String retroId, String decisionId, String byId) {
    }

    public record EditActionItem(@TargetAggregateIdentifier String retroId, String actionId, String byId, String text,
                                 String ownerId, LocalDate dueDate) {
    }

    public record DeleteActionItem(@TargetAggregateIdentifier String retroId, String actionId, String byId) {
    }

    /** The facilitator shows everyone which topic (a card or a group) is being discussed. */
    public record FocusTopic(@TargetAggregateIdentifier String retroId, String byId, String topicId) {
    }

    public record ReviewEarlierAction(@TargetAggregateIdentifier String retroId, String actionId, String byId,
                                      ActionOutcome outcome) {
    }
}
