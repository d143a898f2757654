package se.pollinator.session;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The kernel's read model of guests, for every kind that lets them in: each invitation link, found
 * by the hash of the token a guest brings (never the token itself), and the guests each link let
 * in, so that revoking a link ends its guests' access. Written by {@link KindBoardStore} with the
 * boards, from what each kind's fold says of its events.
 */
@Repository
public class SessionGuestStore {

    private final JdbcTemplate jdbc;

    public SessionGuestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An invitation link as the guest sign-in finds it by its token's hash. */
    public record Invitation(String sessionId, SessionKind kind, String invitationId, Instant expiresAt,
                             Integer maxUses, boolean revoked) {
    }

    /** A guest let in to a session through an invitation. */
    public record Guest(String guestId, String sessionId, String invitationId, String displayName) {
    }

    /**
     * A guest's session, and whether their access holds at this time: their invitation neither
     * revoked nor expired, and the session not closed.
     */
    public record Standing(String sessionId, SessionKind kind, boolean revoked, boolean expired, boolean closed) {

        public boolean admitted() {
            return !revoked && !expired && !closed;
        }
    }

    public Optional<Invitation> invitation(String tokenHash) {
        return jdbc.query("SELECT l.session_id, b.kind, l.invitation_id, l.expires_at, l.max_uses, l.revoked "
                        + "FROM session_guest_link l JOIN session_board b ON b.session_id = l.session_id "
                        + "WHERE l.token_hash = ?", (rs, row) -> new Invitation(rs.getString(1),
                        SessionKind.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        (Integer) rs.getObject(5), rs.getBoolean(6)), tokenHash).stream().findFirst();
    }

    public Optional<Guest> guest(String guestId) {
        return jdbc.query("SELECT guest_id, session_id, invitation_id, display_name FROM session_guest "
                        + "WHERE guest_id = ?", (rs, row) -> new Guest(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), guestId).stream().findFirst();
    }

    public Optional<Standing> standing(String guestId, Instant now) {
        return jdbc.query("SELECT g.session_id, b.kind, l.revoked, l.expires_at, b.closed FROM session_guest g "
                        + "JOIN session_guest_link l ON l.session_id = g.session_id AND l.invitation_id = g.invitation_id "
                        + "JOIN session_board b ON b.session_id = g.session_id WHERE g.guest_id = ?",
                (rs, row) -> new Standing(rs.getString(1), SessionKind.valueOf(rs.getString(2)), rs.getBoolean(3),
                        !rs.getTimestamp(4).toInstant().isAfter(now), rs.getBoolean(5)), guestId)
                .stream().findFirst();
    }

    /** Whether the guest is let in and their invitation not revoked. */
    public boolean admitted(String guestId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM session_guest g JOIN session_guest_link l "
                + "ON l.session_id = g.session_id AND l.invitation_id = g.invitation_id WHERE g.guest_id = ? "
                + "AND l.revoked = FALSE", Integer.class, guestId);
        return count != null && count > 0;
    }

    public List<Guest> guestsOf(String sessionId, String invitationId) {
        return jdbc.query("SELECT guest_id, session_id, invitation_id, display_name FROM session_guest "
                        + "WHERE session_id = ? AND invitation_id = ?", (rs, row) -> new Guest(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)), sessionId, invitationId);
    }

    /** Keeps what an event did to a session's links, in the transaction that stores its board. */
    void record(String sessionId, GuestLinkChange change) {
        if (change instanceof GuestLinkChange.LinkCreated created) {
            jdbc.update("INSERT INTO session_guest_link (token_hash, session_id, invitation_id, expires_at, max_uses, "
                    + "revoked) VALUES (?, ?, ?, ?, ?, FALSE)", created.tokenHash(), sessionId, created.invitationId(),
                    Timestamp.from(created.expiresAt()), created.maxUses());
        } else if (change instanceof GuestLinkChange.LinkRevoked revoked) {
            jdbc.update("UPDATE session_guest_link SET revoked = TRUE WHERE session_id = ? AND invitation_id = ?",
                    sessionId, revoked.invitationId());
        } else if (change instanceof GuestLinkChange.GuestLetIn guest) {
            jdbc.update("INSERT INTO session_guest (guest_id, session_id, invitation_id, display_name) "
                    + "VALUES (?, ?, ?, ?)", guest.guestId(), sessionId, guest.invitationId(), guest.displayName());
        }
    }

    /** Forgets the links and guests of every session of the kind, for a rebuild. */
    void deleteAll(SessionKind kind) {
        jdbc.update("DELETE FROM session_guest WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = ?)",
                kind.name());
        jdbc.update("DELETE FROM session_guest_link WHERE session_id IN (SELECT session_id FROM session_board "
                + "WHERE kind = ?)", kind.name());
    }
}
