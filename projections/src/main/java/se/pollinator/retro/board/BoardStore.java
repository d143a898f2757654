package se.pollinator.retro.board;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.retro.Phase;
import se.pollinator.session.SessionItems;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionListing;
import se.pollinator.session.SessionRoster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The boards read model: per retro a header row and one row per part (participant, card, group,
 * voter's votes, decision, action item, review), and who takes part. An event rewrites the header
 * and the parts it changed, nothing else, so its cost does not grow with the board.
 *
 * <p>Boards in use are also kept folded in memory (a bounded cache), so neither the projection
 * nor a reader parses a whole board per event. The database stays the truth: a cached board is
 * used only while its sequence number is the stored one, and one that the projection failed to
 * store is dropped.
 */
@Repository
public class BoardStore implements SessionRoster, SessionItems {

    private static final int CACHED_BOARDS = 256;
    private static final int PARTS_PER_EVENT = 10_000;
    private static final String SUMMARY = "SELECT b.retro_id, b.title, b.module, b.municipality, b.scheduled_at, "
            + "b.phase, b.facilitator_id, b.created_at, b.updated_at, (SELECT COUNT(*) FROM retro_member m WHERE m.retro_id = b.retro_id) "
            + "AS participants FROM retro_board b ";
    private static final String INSERT_HEADER = "INSERT INTO retro_board (retro_id, seq, title, module, "
            + "municipality, scheduled_at, phase, facilitator_id, created_at, updated_at, state) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Map<String, Board> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_BOARDS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Board> eldest) {
                    return size() > CACHED_BOARDS;
                }
            });

    public BoardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads a board as it is stored now. The reader runs while the board is locked: the
     * projection may be folding the next event into the same board at the same time.
     */
    public <T> Optional<T> read(String retroId, Function<Board, T> reader) {
        return current(retroId).map(board -> {
            synchronized (board) {
                return reader.apply(board);
            }
        });
    }

    @Override
    public SessionKind kind() {
        return SessionKind.RETRO;
    }

    @Override
    public List<SessionListing> listedFor(String personId) {
        return retrosOf(personId).stream().map(BoardStore::listing).toList();
    }

    @Override
    public List<SessionListing> listedAll() {
        return all().stream().map(BoardStore::listing).toList();
    }

    private static SessionListing listing(RetroSummary retro) {
        return new SessionListing(retro.id(), SessionKind.RETRO, retro.title(), retro.module(), retro.municipality(),
                retro.scheduledAt(), retro.phase().name(), retro.phase() == Phase.CLOSED, retro.facilitatorId(),
                retro.createdAt(), retro.updatedAt(), retro.participants());
    }

    /** A retro's decisions and action items. */
    @Override
    public List<SessionItem> items(String sessionId) {
        return read(sessionId, board -> board.outcomes().stream().map(outcome -> new SessionItem(sessionId,
                outcome.id(), outcome.kind(), outcome.text(), board.title())).toList()).orElse(List.of());
    }

    @Override
    public boolean isMember(String retroId, String personId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM retro_member WHERE retro_id = ? AND person_id = ?",
                Integer.class, retroId, personId);
        return count != null && count > 0;
    }

    @Override
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

    @Override
    public Optional<SessionListing> listing(String sessionId) {
        return jdbc.query(SUMMARY + "WHERE b.retro_id = ?", BoardStore::summary, sessionId).stream()
                .findFirst().map(BoardStore::listing);
    }

    /** Every retro, newest first. */
    public List<RetroSummary> all() {
        return jdbc.query(SUMMARY + "ORDER BY b.created_at DESC", BoardStore::summary);
    }

    /** The stored board: the cached one while it is current, else read from its rows. */
    Optional<Board> current(String retroId) {
        List<Long> stored = jdbc.queryForList("SELECT seq FROM retro_board WHERE retro_id = ?", Long.class, retroId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return storedAt(retroId, stored.get(0));
    }

    /** The board stored at {@code storedSeq}: the cached one while it is that, else read from its rows. */
    private Optional<Board> storedAt(String retroId, long storedSeq) {
        return cachedAt(retroId, storedSeq).or(() -> {
            Optional<Board> loaded = load(retroId);
            loaded.ifPresent(this::cache);
            return loaded;
        });
    }

    /** The cached board, while it is at the stored sequence number. */
    private Optional<Board> cachedAt(String retroId, long storedSeq) {
        Board cached = cache.get(retroId);
        if (cached != null) {
            synchronized (cached) {
                if (cached.seq == storedSeq) {
                    return Optional.of(cached);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Stores the header and the parts an event changed: a part new to the board is inserted, one
     * it had is updated, one it no longer has is deleted. The caller holds the board's lock.
     *
     * @param existed which of {@code parts} the board had before the event
     */
    void saveChanges(Board board, List<Board.Part> parts, Set<Board.Part> existed, Instant at) {
        String header = BoardJson.writeHeader(board);
        int updated = jdbc.update("UPDATE retro_board SET seq = ?, title = ?, phase = ?, updated_at = ?, state = ? "
                        + "WHERE retro_id = ?",
                board.seq(), board.title(), board.phase().name(), Timestamp.from(at), header, board.retroId());
        if (updated == 0) {
            jdbc.update(INSERT_HEADER, board.retroId(), board.seq(), board.title(), board.module(),
                    board.municipality(), scheduledAtOf(board), board.phase().name(), board.facilitatorId(),
                    Timestamp.from(at), Timestamp.from(at), header);
        }
        for (int i = 0; i < parts.size(); i++) {
            savePart(board, parts.get(i), existed.contains(parts.get(i)), position(board.seq(), i));
        }
        cache.put(board.retroId(), board);
    }

    /** The stored board as a batch starts changing it; a new one when none is stored. */
    BoardBatch.Pending pending(String retroId) {
        return pending(List.of(retroId)).get(retroId);
    }

    /**
     * The stored boards a batch is about to change, checked against their stored sequence
     * numbers in one query; a new board for each that is not stored.
     */
    Map<String, BoardBatch.Pending> pending(Collection<String> retroIds) {
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("SELECT retro_id, seq FROM retro_board WHERE retro_id IN ("
                        + String.join(", ", Collections.nCopies(retroIds.size(), "?")) + ")",
                rs -> {
                    stored.put(rs.getString(1), rs.getLong(2));
                }, retroIds.toArray());
        Map<String, BoardBatch.Pending> boards = new HashMap<>();
        for (String retroId : retroIds) {
            Long seq = stored.get(retroId);
            Optional<Board> board = seq == null ? Optional.empty() : storedAt(retroId, seq);
            boards.put(retroId, board.map(found -> new BoardBatch.Pending(found, true))
                    .orElseGet(() -> new BoardBatch.Pending(new Board(), false)));
        }
        return boards;
    }

    /**
     * Stores what a batch changed, in one round trip per kind of statement: each board's header,
     * and each part it touched as it is now: inserted when new, updated when it was stored,
     * deleted when it is gone. Nothing is written for a board none of whose events was folded.
     */
    void saveBatch(Collection<BoardBatch.Pending> boards) {
        List<Object[]> headers = new ArrayList<>();
        List<Object[]> newHeaders = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (BoardBatch.Pending pending : boards) {
            Board board = pending.board;
            if (pending.folded.isEmpty()) {
                continue;
            }
            synchronized (board) {
                String header = BoardJson.writeHeader(board);
                if (pending.stored) {
                    headers.add(new Object[]{board.seq(), board.title(), board.phase().name(),
                            Timestamp.from(pending.at), header, board.retroId()});
                } else {
                    newHeaders.add(new Object[]{board.retroId(), board.seq(), board.title(), board.module(),
                            board.municipality(), scheduledAtOf(board), board.phase().name(), board.facilitatorId(), Timestamp.from(pending.firstAt),
                            Timestamp.from(pending.at), header});
                }
                pending.existed.forEach((part, existed) -> {
                    Object value = board.part(part);
                    if (value == null) {
                        if (existed) {
                            deletes.add(new Object[]{board.retroId(), part.kind().name(), part.id()});
                        }
                    } else if (existed) {
                        updates.add(new Object[]{BoardJson.writePart(value), board.retroId(), part.kind().name(),
                                part.id()});
                    } else {
                        inserts.add(new Object[]{board.retroId(), part.kind().name(), part.id(),
                                pending.positions.get(part), BoardJson.writePart(value)});
                    }
                });
                pending.newMembers.forEach(person -> members.add(new Object[]{board.retroId(), person}));
            }
        }
        batch(INSERT_HEADER, newHeaders);
        batch("UPDATE retro_board SET seq = ?, title = ?, phase = ?, updated_at = ?, state = ? WHERE retro_id = ?",
                headers);
        batch("DELETE FROM retro_board_item WHERE retro_id = ? AND kind = ? AND item_id = ?", deletes);
        batch("UPDATE retro_board_item SET state = ? WHERE retro_id = ? AND kind = ? AND item_id = ?", updates);
        batch("INSERT INTO retro_board_item (retro_id, kind, item_id, position, state) VALUES (?, ?, ?, ?, ?)",
                inserts);
        batch("INSERT INTO retro_member (retro_id, person_id) VALUES (?, ?)", members);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Keeps a board the projection has stored, for readers to use while it is current. */
    void cache(Board board) {
        cache.put(board.retroId(), board);
    }

    /** Where the {@code index}th part event {@code seq} added goes in the board's order. */
    static long position(long seq, int index) {
        return seq * PARTS_PER_EVENT + index;
    }

    /** Drops a cached board, whose folding failed or was rolled back; the next use reads it anew. */
    void forget(String retroId) {
        cache.remove(retroId);
    }

    void addMember(String retroId, String personId) {
        jdbc.update("INSERT INTO retro_member (retro_id, person_id) VALUES (?, ?)", retroId, personId);
    }

    void deleteAll() {
        cache.clear();
        jdbc.update("DELETE FROM retro_member");
        jdbc.update("DELETE FROM retro_board_item");
        jdbc.update("DELETE FROM retro_board");
    }

    private void savePart(Board board, Board.Part part, boolean existed, long position) {
        Object value = board.part(part);
        if (value == null) {
            if (existed) {
                jdbc.update("DELETE FROM retro_board_item WHERE retro_id = ? AND kind = ? AND item_id = ?",
                        board.retroId(), part.kind().name(), part.id());
            }
            return;
        }
        String state = BoardJson.writePart(value);
        if (existed) {
            jdbc.update("UPDATE retro_board_item SET state = ? WHERE retro_id = ? AND kind = ? AND item_id = ?",
                    state, board.retroId(), part.kind().name(), part.id());
        } else {
            jdbc.update("INSERT INTO retro_board_item (retro_id, kind, item_id, position, state) VALUES (?, ?, ?, ?, ?)",
                    board.retroId(), part.kind().name(), part.id(), position, state);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Board> load(String retroId) {
        Optional<Board> header = jdbc.query("SELECT state FROM retro_board WHERE retro_id = ?",
                (rs, row) -> BoardJson.readHeader(rs.getString(1)), retroId).stream().findFirst();
        header.ifPresent(board -> jdbc.query("SELECT kind, item_id, state FROM retro_board_item WHERE retro_id = ? "
                + "ORDER BY position", rs -> {
                    Board.Part.Kind kind = Board.Part.Kind.valueOf(rs.getString(1));
                    Object value = BoardJson.readPart(kind, rs.getString(3));
                    if (kind == Board.Part.Kind.VOTER) {
                        board.restoreVotes(rs.getString(2), (Map<String, Integer>) value);
                    } else {
                        board.restore(kind, value);
                    }
                }, retroId));
        return header;
    }

    private static RetroSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp scheduledAt = rs.getTimestamp("scheduled_at");
        return new RetroSummary(rs.getString("retro_id"), rs.getString("title"), rs.getInt("module"),
                rs.getString("municipality"), scheduledAt == null ? null : scheduledAt.toInstant(),
                Phase.valueOf(rs.getString("phase")), rs.getString("facilitator_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("participants"));
    }

    private static Timestamp scheduledAtOf(Board board) {
        return board.scheduledAt() == null ? null : Timestamp.from(board.scheduledAt());
    }
}
