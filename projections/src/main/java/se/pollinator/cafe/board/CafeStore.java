package se.pollinator.cafe.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.cafe.board.CafeBoard.Part;
import se.pollinator.cafe.board.CafeBoard.PartKind;
import se.pollinator.session.KindBoardStore;
import se.pollinator.session.SessionBoardStore;
import se.pollinator.session.SessionBoardStore.Header;
import se.pollinator.session.SessionItems;
import se.pollinator.session.SessionKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cafés' read model: boards in the session kernel's store, and the invitation links and the
 * guests they admitted. It also answers for cafés in the kernel's access checks, directory and
 * plan sources (a closed café's harvest).
 */
@Repository
public class CafeStore extends KindBoardStore implements SessionItems {

    private static final Map<PartKind, Class<?>> TYPES = Map.of(PartKind.TABLE, CafeBoard.Table.class,
            PartKind.NOTE, CafeBoard.Note.class, PartKind.INSIGHT, CafeBoard.Insight.class);

    private final JdbcTemplate jdbc;

    public CafeStore(SessionBoardStore store, JdbcTemplate jdbc) {
        super(store, SessionKind.CAFE);
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

    public Optional<CafeBoard> board(String cafeId) {
        return load(cafeId, header -> {
            CafeBoard board = new CafeBoard();
            board.header = read(header, CafeBoard.Header.class);
            return board;
        }, (board, kind, json) -> {
            Object value = read(json, TYPES.get(PartKind.valueOf(kind)));
            if (value instanceof CafeBoard.Table table) {
                board.tables.put(table.id, table);
            } else if (value instanceof CafeBoard.Note note) {
                board.notes.put(note.id, note);
            } else if (value instanceof CafeBoard.Insight insight) {
                board.insights.put(insight.id, insight);
            }
        });
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

    long seq(String cafeId) {
        return store.seq(cafeId);
    }

    void save(CafeBoard board, boolean isNew, List<Part> changed, Instant at) {
        CafeBoard.Header h = board.header;
        String state = h.closed ? "CLOSED" : h.harvesting ? "HARVEST" : h.roundRunning ? "ROUND" : "OPEN";
        Header header = new Header(h.sessionId, SessionKind.CAFE, h.seq, h.title, h.module,
                h.municipalities.size() == 1 ? h.municipalities.get(0) : null, h.scheduledAt, state,
                h.closed, h.facilitatorId, h.createdAt, at, write(h));
        save(header, isNew, changed, part -> value(board, part));
    }

    void addMember(String cafeId, String personId) {
        store.addMember(cafeId, personId);
    }

    void invitationCreated(String cafeId, String invitationId, String tokenHash, Instant expiresAt, Integer maxUses) {
        jdbc.update("INSERT INTO cafe_invitation (token_hash, cafe_id, invitation_id, expires_at, max_uses, revoked) "
                + "VALUES (?, ?, ?, ?, ?, FALSE)", tokenHash, cafeId, invitationId, Timestamp.from(expiresAt), maxUses);
    }

    void invitationRevoked(String cafeId, String invitationId) {
        jdbc.update("UPDATE cafe_invitation SET revoked = TRUE WHERE cafe_id = ? AND invitation_id = ?", cafeId,
                invitationId);
    }

    void guestAdmitted(String cafeId, String invitationId, String guestId, String displayName) {
        jdbc.update("INSERT INTO cafe_guest (guest_id, cafe_id, invitation_id, display_name) VALUES (?, ?, ?, ?)",
                guestId, cafeId, invitationId, displayName);
        store.addMember(cafeId, guestId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM cafe_guest");
        jdbc.update("DELETE FROM cafe_invitation");
        store.deleteAll(SessionKind.CAFE);
    }

    /** A closed café's harvest, which it published. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return board(sessionId).filter(board -> board.header.closed).map(board -> board.insights.values().stream()
                .map(insight -> new SessionItem(sessionId, insight.id, "CAFE_INSIGHT", insight.text, board.header.title))
                .toList()).orElse(List.of());
    }

    private static Object value(CafeBoard board, Part part) {
        return switch (part.kind()) {
            case TABLE -> board.tables.get(part.id());
            case NOTE -> board.notes.get(part.id());
            case INSIGHT -> board.insights.get(part.id());
        };
    }
}
