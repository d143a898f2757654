package se.pollinator.cafe.board;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.cafe.CafeEvents.CafeEvent;
import se.pollinator.cafe.CafeEvents.GuestAdmitted;
import se.pollinator.cafe.CafeEvents.InvitationCreated;
import se.pollinator.cafe.CafeEvents.InvitationRevoked;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionChangeListener;
import se.pollinator.session.SessionItems;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cafés' read model: boards in the session kernel's store, and the invitation links and the
 * guests they admitted. It also answers for cafés in the kernel's access checks, directory and
 * plan sources (a closed café's harvest).
 */
@Repository
public class CafeStore extends KindBoardStore<CafeEvent, CafeBoard> implements SessionItems {

    private final JdbcTemplate jdbc;

    public CafeStore(SessionBoardStore store, JdbcTemplate jdbc, Savepoint savepoint,
                     ObjectProvider<SessionChangeListener> listeners) {
        super(store, new CafeFold(), savepoint, listeners);
        this.jdbc = jdbc;
    }

    /** An invitation link as the guest sign-in finds it by its token's hash. */
    public record Invitation(String cafeId, String invitationId, Instant expiresAt, Integer maxUses, boolean revoked) {
    }

    /** A guest admitted to a café through an invitation. */
    public record Guest(String guestId, String cafeId, String invitationId, String displayName) {
    }

    @Override
    public JoinRule joinRule() {
        return JoinRule.ANYONE_TAKING_PART;
    }

    public Optional<Invitation> invitation(String tokenHash) {
        return jdbc.query("SELECT cafe_id, invitation_id, expires_at, max_uses, revoked FROM cafe_invitation "
                        + "WHERE token_hash = ?", (rs, row) -> new Invitation(rs.getString("cafe_id"),
                        rs.getString("invitation_id"), rs.getTimestamp("expires_at").toInstant(),
                        (Integer) rs.getObject("max_uses"), rs.getBoolean("revoked")), tokenHash).stream().findFirst();
    }

    public Optional<Guest> guest(String guestId) {
        return jdbc.query("SELECT guest_id, cafe_id, invitation_id, display_name FROM cafe_guest WHERE guest_id = ?",
                (rs, row) -> new Guest(rs.getString("guest_id"), rs.getString("cafe_id"), rs.getString("invitation_id"),
                        rs.getString("display_name")), guestId).stream().findFirst();
    }

    /**
     * A guest's café, and whether their access holds at this time: their invitation neither
     * revoked nor expired, and the café not closed.
     */
    public record GuestStanding(String cafeId, boolean revoked, boolean expired, boolean cafeClosed) {

        public boolean admitted() {
            return !revoked && !expired && !cafeClosed;
        }
    }

    public Optional<GuestStanding> guestStanding(String guestId, Instant now) {
        return jdbc.query("SELECT g.cafe_id, i.revoked, i.expires_at, b.closed FROM cafe_guest g "
                        + "JOIN cafe_invitation i ON i.cafe_id = g.cafe_id AND i.invitation_id = g.invitation_id "
                        + "LEFT JOIN session_board b ON b.session_id = g.cafe_id WHERE g.guest_id = ?",
                (rs, row) -> new GuestStanding(rs.getString(1), rs.getBoolean(2),
                        !rs.getTimestamp(3).toInstant().isAfter(now), rs.getBoolean(4)), guestId).stream().findFirst();
    }

    /** Whether the guest's invitation still lets them in. */
    public boolean guestAdmitted(String guestId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cafe_guest g JOIN cafe_invitation i "
                + "ON i.cafe_id = g.cafe_id AND i.invitation_id = g.invitation_id WHERE g.guest_id = ? "
                + "AND i.revoked = FALSE", Integer.class, guestId);
        return count != null && count > 0;
    }

    public List<Guest> guestsOf(String cafeId, String invitationId) {
        return jdbc.query("SELECT guest_id, cafe_id, invitation_id, display_name FROM cafe_guest WHERE cafe_id = ? "
                        + "AND invitation_id = ?", (rs, row) -> new Guest(rs.getString("guest_id"),
                        rs.getString("cafe_id"), rs.getString("invitation_id"), rs.getString("display_name")),
                cafeId, invitationId);
    }

    /** The invitation links and the guests they admitted, kept beside the boards. */
    @Override
    protected void alongside(CafeEvent event) {
        if (event instanceof GuestAdmitted admitted) {
            jdbc.update("INSERT INTO cafe_guest (guest_id, cafe_id, invitation_id, display_name) VALUES (?, ?, ?, ?)",
                    admitted.guestId(), event.cafeId(), admitted.invitationId(), admitted.displayName());
        } else if (event instanceof InvitationCreated created) {
            jdbc.update("INSERT INTO cafe_invitation (token_hash, cafe_id, invitation_id, expires_at, max_uses, "
                    + "revoked) VALUES (?, ?, ?, ?, ?, FALSE)", created.tokenHash(), event.cafeId(),
                    created.invitationId(), Timestamp.from(created.expiresAt()), created.maxUses());
        } else if (event instanceof InvitationRevoked revoked) {
            jdbc.update("UPDATE cafe_invitation SET revoked = TRUE WHERE cafe_id = ? AND invitation_id = ?",
                    event.cafeId(), revoked.invitationId());
        }
    }

    @Override
    public void reset() {
        jdbc.update("DELETE FROM cafe_guest");
        jdbc.update("DELETE FROM cafe_invitation");
        super.reset();
    }

    /** A closed café's harvest, which it published. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> !board.header.closed ? List.<SessionItem>of() : board.insights.values()
                .stream().map(insight -> new SessionItem(sessionId, insight.id, "CAFE_INSIGHT", insight.text,
                        board.header.title)).toList()).orElse(List.of());
    }
}
