package se.pollinator.cafe;

import se.pollinator.cafe.CafeCommands.NewTable;

import java.time.Instant;
import java.util.List;

/** What happened at a café. */
public final class CafeEvents {

    private CafeEvents() {
    }

    public sealed interface CafeEvent permits CafeCreated, CafeJoined, InvitationCreated, InvitationRevoked,
            GuestAdmitted, RoundStarted, RoundEnded, Seated, TableHostSet, NotePosted, TableSummarised, HarvestStarted,
            InsightHarvested, CafeClosed {
        String cafeId();
    }

    /** {@code module} and {@code municipalities} are absent (null) in cafés created before cafés named them. */
    public record CafeCreated(String cafeId, String facilitatorId, String title, String theme, String description,
                              Instant scheduledAt, List<NewTable> tables, Integer module, List<String> municipalities)
            implements CafeEvent {
    }

    /** A table's host changed (null: it has none now). */
    public record TableHostSet(String cafeId, String tableId, String hostId, String byId) implements CafeEvent {
    }

    public record CafeJoined(String cafeId, String personId) implements CafeEvent {
    }

    public record InvitationCreated(String cafeId, String invitationId, String tokenHash, Instant expiresAt,
                                    Integer maxUses, String byId) implements CafeEvent {
    }

    public record InvitationRevoked(String cafeId, String invitationId, String byId) implements CafeEvent {
    }

    public record GuestAdmitted(String cafeId, String invitationId, String guestId, String displayName)
            implements CafeEvent {
    }

    public record RoundStarted(String cafeId, int round, Instant startsAt, Instant endsAt, String byId)
            implements CafeEvent {
    }

    public record RoundEnded(String cafeId, int round, String byId) implements CafeEvent {
    }

    public record Seated(String cafeId, String personId, String tableId, String byId) implements CafeEvent {
    }

    public record NotePosted(String cafeId, String noteId, String tableId, int round, String text, String authorId)
            implements CafeEvent {
    }

    public record TableSummarised(String cafeId, String tableId, int round, String text, String hostId)
            implements CafeEvent {
    }

    public record HarvestStarted(String cafeId, String byId) implements CafeEvent {
    }

    public record InsightHarvested(String cafeId, String insightId, String text, List<String> noteIds, String byId)
            implements CafeEvent {
    }

    public record CafeClosed(String cafeId, String byId) implements CafeEvent {
    }
}
