package se.pollinator.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's store for the boards of every kind of session: a header row per
 * session (what the directory lists, plus the kind's own header as JSON), a row per part, and who
 * takes part. Each kind folds its events and says which parts changed; this stores exactly those.
 */
@Repository
public class SessionBoardStore {

    private static final String LISTING = "SELECT b.session_id, b.kind, b.title, b.module, b.municipality, "
            + "b.scheduled_at, b.state, b.closed, b.facilitator_id, b.created_at, b.updated_at, "
            + "(SELECT COUNT(*) FROM session_member m WHERE m.session_id = b.session_id) AS participants "
            + "FROM session_board b ";

    private final JdbcTemplate jdbc;
    private final SessionJson json;

    public SessionBoardStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = new SessionJson(json);
    }

    /** How boards' headers and parts are written and read. */
    SessionJson json() {
        return json;
    }

    /** What the directory knows of a session, and the kind's own header. */
    public record Header(String sessionId, SessionKind kind, long seq, String title, Integer module,
                         String municipality, Instant scheduledAt, String state, boolean closed, String facilitatorId,
                         Instant createdAt, Instant updatedAt, String json) {
    }

    /** One part of a board: its kind within the session (QUESTION, INSIGHT, ...), id, first position and JSON. */
    public record Part(String kind, String id, long position, String json) {
    }

    public record Stored(Header header, List<Part> parts) {
    }

    public Optional<Stored> load(String sessionId) {
        List<Header> headers = jdbc.query("SELECT * FROM session_board WHERE session_id = ?", (rs, row) -> new Header(
                rs.getString("session_id"), SessionKind.valueOf(rs.getString("kind")), rs.getLong("seq"),
                rs.getString("title"), (Integer) rs.getObject("module"), rs.getString("municipality"),
                instant(rs, "scheduled_at"), rs.getString("state"), rs.getBoolean("closed"),
                rs.getString("facilitator_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getString("header")), sessionId);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        List<Part> parts = jdbc.query("SELECT kind, part_id, position, state FROM session_part WHERE session_id = ? "
                        + "ORDER BY position, part_id",
                (rs, row) -> new Part(rs.getString("kind"), rs.getString("part_id"), rs.getLong("position"),
                        rs.getString("state")), sessionId);
        return Optional.of(new Stored(headers.get(0), parts));
    }

    /**
     * Where a part first appears: after every part of earlier events, and in the order its own
     * event named them (a new café's tables, a think tank's questions).
     */
    public static long position(long seq, int index) {
        return seq * 10_000 + index;
    }

    /** The sequence number a session is folded up to; -1 for one not stored. */
    public long seq(String sessionId) {
        List<Long> seq = jdbc.queryForList("SELECT seq FROM session_board WHERE session_id = ?", Long.class, sessionId);
        return seq.isEmpty() ? -1 : seq.get(0);
    }

    /** The stored sequence numbers of those of {@code sessionIds} that are stored. */
    public Map<String, Long> seqs(Collection<String> sessionIds) {
        Map<String, Long> stored = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            jdbc.query("SELECT session_id, seq FROM session_board WHERE session_id IN ("
                    + String.join(", ", Collections.nCopies(sessionIds.size(), "?")) + ")",
                    rs -> {
                        stored.put(rs.getString(1), rs.getLong(2));
                    }, sessionIds.toArray());
        }
        return stored;
    }

    /** What a batch of events changed in the boards of a kind, written at once by {@link #save(Changes)}. */
    public static final class Changes {

        private final List<Object[]> newHeaders = new ArrayList<>();
        private final List<Object[]> headers = new ArrayList<>();
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private final List<Object[]> deletes = new ArrayList<>();
        private final List<Object[]> members = new ArrayList<>();
        private final List<Object[]> invitations = new ArrayList<>();

        /** A board's header: inserted for a board not stored yet, else updated. */
        public void header(boolean stored, Header header) {
            if (stored) {
                headers.add(new Object[]{header.seq(), header.title(), header.state(), header.closed(),
                        timestamp(header.updatedAt()), header.json(), header.sessionId()});
            } else {
                newHeaders.add(new Object[]{header.sessionId(), header.kind().name(), header.seq(), header.title(),
                        header.module(), header.municipality(), timestamp(header.scheduledAt()), header.state(),
                        header.closed(), header.facilitatorId(), timestamp(header.createdAt()),
                        timestamp(header.updatedAt()), header.json()});
            }
        }

        public void insert(String sessionId, Part part) {
            inserts.add(new Object[]{sessionId, part.kind(), part.id(), part.position(), part.json()});
        }

        public void update(String sessionId, Part part) {
            updates.add(new Object[]{part.json(), sessionId, part.kind(), part.id()});
        }

        public void delete(String sessionId, Part part) {
            deletes.add(new Object[]{sessionId, part.kind(), part.id()});
        }

        /** A new member; each joins once (the aggregate sees to it), so a row in the way is an error. */
        public void member(String sessionId, String personId) {
            members.add(new Object[]{sessionId, personId});
        }

        public void invitation(String sessionId, String personId) {
            invitations.add(new Object[]{sessionId, personId, sessionId, personId});
        }
    }

    /** Writes a batch's changes, one round trip per kind of statement. */
    public void save(Changes changes) {
        batch("INSERT INTO session_board (session_id, kind, seq, title, module, municipality, scheduled_at, "
                + "state, closed, facilitator_id, created_at, updated_at, header) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes.newHeaders);
        batch("UPDATE session_board SET seq = ?, title = ?, state = ?, closed = ?, updated_at = ?, header = ? "
                + "WHERE session_id = ?", changes.headers);
        batch("DELETE FROM session_part WHERE session_id = ? AND kind = ? AND part_id = ?", changes.deletes);
        batch("UPDATE session_part SET state = ? WHERE session_id = ? AND kind = ? AND part_id = ?", changes.updates);
        batch("INSERT INTO session_part (session_id, kind, part_id, position, state) VALUES (?, ?, ?, ?, ?)",
                changes.inserts);
        batch("INSERT INTO session_member (session_id, person_id) VALUES (?, ?)", changes.members);
        batch("INSERT INTO session_invitation (session_id, person_id) SELECT ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM session_invitation WHERE session_id = ? AND person_id = ?)", changes.invitations);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    public boolean isInvited(SessionKind kind, String sessionId, String personId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM session_invitation i JOIN session_board b "
                        + "ON b.session_id = i.session_id WHERE i.session_id = ? AND i.person_id = ? AND b.kind = ?",
                Integer.class, sessionId, personId, kind.name());
        return count != null && count > 0;
    }

    public boolean exists(SessionKind kind, String sessionId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM session_board WHERE session_id = ? AND kind = ?",
                Integer.class, sessionId, kind.name());
        return count != null && count > 0;
    }

    public boolean isMember(SessionKind kind, String sessionId, String personId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM session_member m JOIN session_board b "
                        + "ON b.session_id = m.session_id WHERE m.session_id = ? AND m.person_id = ? AND b.kind = ?",
                Integer.class, sessionId, personId, kind.name());
        return count != null && count > 0;
    }

    /** One session of the kind as the directory lists it. */
    public Optional<SessionListing> listing(SessionKind kind, String sessionId) {
        return jdbc.query(LISTING + "WHERE b.kind = ? AND b.session_id = ?", SessionBoardStore::listing, kind.name(),
                sessionId).stream().findFirst();
    }

    /** The sessions of a kind, newest first: those the person takes part in or is invited to, or all for a null person. */
    public List<SessionListing> listed(SessionKind kind, String personId) {
        List<Object> args = new ArrayList<>(List.of(kind.name()));
        String where = "WHERE b.kind = ? ";
        if (personId != null) {
            where += "AND (b.session_id IN (SELECT session_id FROM session_member WHERE person_id = ?) "
                    + "OR b.session_id IN (SELECT session_id FROM session_invitation WHERE person_id = ?)) ";
            args.add(personId);
            args.add(personId);
        }
        return jdbc.query(LISTING + where + "ORDER BY b.created_at DESC", SessionBoardStore::listing, args.toArray());
    }

    private static SessionListing listing(ResultSet rs, int row) throws SQLException {
        return new SessionListing(rs.getString("session_id"), SessionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), (Integer) rs.getObject("module"), rs.getString("municipality"),
                instant(rs, "scheduled_at"), rs.getString("state"), rs.getBoolean("closed"),
                rs.getString("facilitator_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("participants"));
    }

    /** Forgets every session of the kind, for a rebuild. */
    public void deleteAll(SessionKind kind) {
        jdbc.update("DELETE FROM session_part WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = ?)",
                kind.name());
        jdbc.update("DELETE FROM session_member WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = ?)",
                kind.name());
        jdbc.update("DELETE FROM session_invitation WHERE session_id IN (SELECT session_id FROM session_board "
                + "WHERE kind = ?)", kind.name());
        jdbc.update("DELETE FROM session_board WHERE kind = ?", kind.name());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
