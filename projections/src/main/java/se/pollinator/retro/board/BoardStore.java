package se.pollinator.retro.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.retro.Phase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The boards read model: one row per retro holding its folded {@link Board}, and its members. */
@Repository
public class BoardStore {

    private static final String SUMMARY = "SELECT b.retro_id, b.title, b.module, b.phase, b.facilitator_id, "
            + "b.created_at, b.updated_at, (SELECT COUNT(*) FROM retro_member m WHERE m.retro_id = b.retro_id) "
            + "AS participants FROM retro_board b ";

    private final JdbcTemplate jdbc;

    public BoardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Board> find(String retroId) {
        return jdbc.query("SELECT state FROM retro_board WHERE retro_id = ?",
                (rs, row) -> BoardJson.read(rs.getString(1)), retroId).stream().findFirst();
    }

    public boolean isMember(String retroId, String personId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM retro_member WHERE retro_id = ? AND person_id = ?",
                Integer.class, retroId, personId);
        return count != null && count > 0;
    }

    public boolean exists(String retroId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM retro_board WHERE retro_id = ?",
                Integer.class, retroId);
        return count != null && count > 0;
    }

    /** Retros the person takes part in, newest first. */
    public List<RetroSummary> retrosOf(String personId) {
        return jdbc.query(SUMMARY + "WHERE b.retro_id IN (SELECT retro_id FROM retro_member WHERE person_id = ?) "
                + "ORDER BY b.created_at DESC", BoardStore::summary, personId);
    }

    /** Every retro, newest first. */
    public List<RetroSummary> all() {
        return jdbc.query(SUMMARY + "ORDER BY b.created_at DESC", BoardStore::summary);
    }

    void save(Board board, Instant at) {
        String state = BoardJson.write(board);
        int updated = jdbc.update("UPDATE retro_board SET seq = ?, title = ?, phase = ?, updated_at = ?, state = ? "
                        + "WHERE retro_id = ?",
                board.seq(), board.title(), board.phase().name(), Timestamp.from(at), state, board.retroId());
        if (updated == 0) {
            jdbc.update("INSERT INTO retro_board (retro_id, seq, title, module, phase, facilitator_id, created_at, "
                            + "updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    board.retroId(), board.seq(), board.title(), board.module(), board.phase().name(),
                    board.facilitatorId(), Timestamp.from(at), Timestamp.from(at), state);
        }
    }

    void addMember(String retroId, String personId) {
        jdbc.update("INSERT INTO retro_member (retro_id, person_id) VALUES (?, ?)", retroId, personId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM retro_member");
        jdbc.update("DELETE FROM retro_board");
    }

    private static RetroSummary summary(ResultSet rs, int row) throws SQLException {
        return new RetroSummary(rs.getString("retro_id"), rs.getString("title"), rs.getInt("module"),
                Phase.valueOf(rs.getString("phase")), rs.getString("facilitator_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("participants"));
    }
}
