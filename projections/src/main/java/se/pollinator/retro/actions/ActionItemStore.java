package se.pollinator.retro.actions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.retro.EarlierAction;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The action items read model: every retro's action items and whether they are still open. */
@Repository
public class ActionItemStore {

    static final String OPEN = "OPEN";

    private final JdbcTemplate jdbc;

    public ActionItemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open action items of the retros of one module and municipality project (or of the module's
     * retros without one), oldest first: what a new retro there should review.
     */
    public List<EarlierAction> openIn(int module, String municipality) {
        String place = municipality == null ? "a.municipality IS NULL" : "a.municipality = ?";
        Object[] args = municipality == null ? new Object[]{module, OPEN} : new Object[]{module, OPEN, municipality};
        return jdbc.query("SELECT a.action_id, a.retro_id, a.text, a.owner_id, a.due_date FROM action_item a "
                        + "WHERE a.module = ? AND a.status = ? AND " + place + " ORDER BY a.position",
                (rs, row) -> new EarlierAction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()),
                args);
    }

    void rememberRetro(String retroId, int module, String municipality) {
        jdbc.update("INSERT INTO action_item_retro (retro_id, module, municipality) VALUES (?, ?, ?)", retroId, module,
                municipality);
    }

    void add(String actionId, String retroId, String text, String ownerId, LocalDate dueDate) {
        jdbc.update("INSERT INTO action_item (action_id, retro_id, module, municipality, text, owner_id, due_date, "
                        + "status) SELECT ?, ?, r.module, r.municipality, ?, ?, ?, ? FROM action_item_retro r "
                        + "WHERE r.retro_id = ?",
                actionId, retroId, text, ownerId, dueDate == null ? null : Date.valueOf(dueDate), OPEN, retroId);
    }

    void edit(String actionId, String text, String ownerId, LocalDate dueDate) {
        jdbc.update("UPDATE action_item SET text = ?, owner_id = ?, due_date = ? WHERE action_id = ?",
                text, ownerId, dueDate == null ? null : Date.valueOf(dueDate), actionId);
    }

    void delete(String actionId) {
        jdbc.update("DELETE FROM action_item WHERE action_id = ?", actionId);
    }

    void settle(String actionId, String status, String inRetroId) {
        jdbc.update("UPDATE action_item SET status = ?, reviewed_in = ? WHERE action_id = ?",
                status, inRetroId, actionId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM action_item");
        jdbc.update("DELETE FROM action_item_retro");
    }
}
