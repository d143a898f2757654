package se.pollinator.cafe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What people ask of a café (a World Café on the external platform). Every command names who acts
 * ({@code byId}: a person, or a guest admitted through an invitation link).
 */
public final class CafeCommands {

    private CafeCommands() {
    }

    /** A table: its question and its host (a person who stays at it and summarises each round). */
    public record NewTable(String tableId, String question, String hostId) {
    }

    /** The facilitator gives a table its host (or none, with a null host), while no round is running. */
    public record SetTableHost(@TargetAggregateIdentifier String cafeId, String byId, String tableId, String hostId) {
    }

    /** {@code module} and {@code municipalities} (project ids) say where it belongs, so it can be attributed; both optional. */
    public record CreateCafe(@TargetAggregateIdentifier String cafeId, String byId, String title, String theme,
                             String description, Instant scheduledAt, List<NewTable> tables, Integer module,
                             List<String> municipalities) {
    }

    /** A person of the programme joins. */
    public record JoinCafe(@TargetAggregateIdentifier String cafeId, String byId) {
    }

    /**
     * A link for guests: only its token's hash is kept. {@code maxUses} null: as many as come
     * before it expires.
     */
    public record CreateInvitation(@TargetAggregateIdentifier String cafeId, String byId, String invitationId,
                                   String tokenHash, Instant expiresAt, Integer maxUses) {
    }

    public record RevokeInvitation(@TargetAggregateIdentifier String cafeId, String byId, String invitationId) {
    }

    /** A guest follows an invitation link at {@code at}, under a display name they chose. */
    public record AdmitGuest(@TargetAggregateIdentifier String cafeId, String invitationId, String tokenHash,
                             String guestId, String displayName, Instant at) {
    }

    public record StartRound(@TargetAggregateIdentifier String cafeId, String byId, Instant startsAt, Instant endsAt) {
    }

    public record EndRound(@TargetAggregateIdentifier String cafeId, String byId) {
    }

    public record TakeSeat(@TargetAggregateIdentifier String cafeId, String byId, String tableId) {
    }

    /** The facilitator seats people, one by one or all at once (a shuffle), person id to table id. */
    public record AssignSeats(@TargetAggregateIdentifier String cafeId, String byId, Map<String, String> seats) {
    }

    public record PostNote(@TargetAggregateIdentifier String cafeId, String byId, String noteId, String text) {
    }

    public record SummariseTable(@TargetAggregateIdentifier String cafeId, String byId, String tableId, String text) {
    }

    public record StartHarvest(@TargetAggregateIdentifier String cafeId, String byId) {
    }

    /** One of the café's key insights, with the table notes it came from. */
    public record HarvestInsight(@TargetAggregateIdentifier String cafeId, String byId, String insightId, String text,
                                 List<String> noteIds) {
    }

    public record CloseCafe(@TargetAggregateIdentifier String cafeId, String byId) {
    }
}
