package se.pollinator.programme;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.programme.ProgrammeView.ModuleRow;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The programme read model: modules, municipality projects, pilots and teams. */
@Repository
public class ProgrammeStore {

    private final JdbcTemplate jdbc;

    public ProgrammeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean started() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM programme_module", Integer.class);
        return count != null && count > 0;
    }

    /** Every module, by number, retired ones too. */
    public List<ModuleRow> modules() {
        Map<String, List<String>> leads = team(Team.MODULE_LEADS);
        Map<String, List<String>> members = team(Team.MODULE_MEMBERS);
        return jdbc.query("SELECT id, number, name_sv, name_en, retired FROM programme_module ORDER BY number",
                (rs, row) -> new ModuleRow(rs.getString("id"), rs.getInt("number"), rs.getString("name_sv"),
                        rs.getString("name_en"), rs.getBoolean("retired"),
                        leads.getOrDefault(rs.getString("id"), List.of()),
                        members.getOrDefault(rs.getString("id"), List.of())));
    }

    /** Every municipality project, by Swedish name, retired ones too. */
    public List<MunicipalityRow> municipalities() {
        Map<String, List<String>> members = team(Team.MUNICIPALITY_MEMBERS);
        return jdbc.query("SELECT id, name_sv, name_en, plan_id, pilot_id, retired FROM programme_municipality "
                        + "ORDER BY name_sv",
                (rs, row) -> new MunicipalityRow(rs.getString("id"), rs.getString("name_sv"), rs.getString("name_en"),
                        rs.getString("plan_id"), rs.getString("pilot_id"), rs.getBoolean("retired"),
                        members.getOrDefault(rs.getString("id"), List.of())));
    }

    public Optional<ModuleRow> module(String id) {
        return modules().stream().filter(module -> module.id().equals(id)).findFirst();
    }

    public Optional<MunicipalityRow> municipality(String id) {
        return municipalities().stream().filter(municipality -> municipality.id().equals(id)).findFirst();
    }

    /** The project's Swedish name; null for none. */
    public String municipalityName(String id) {
        return id == null ? null : municipality(id).map(MunicipalityRow::nameSv).orElse(id);
    }

    /** Whether a new session may name this module: it exists and is not retired. */
    public boolean offersModule(String id) {
        return module(id).map(module -> !module.retired()).orElse(false);
    }

    public boolean offersMunicipality(String id) {
        return municipality(id).map(project -> !project.retired()).orElse(false);
    }

    /** The municipality project whose plan this is. */
    public Optional<MunicipalityRow> municipalityOfPlan(String planId) {
        return municipalities().stream().filter(municipality -> municipality.planId().equals(planId)).findFirst();
    }

    /** Whether the person leads or works in any module, or is any project's pilot. */
    public boolean inConsortium(String personId) {
        Integer count = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM programme_team WHERE person_id = ? "
                + "AND team IN ('MODULE_LEADS', 'MODULE_MEMBERS')) + (SELECT COUNT(*) FROM programme_municipality "
                + "WHERE pilot_id = ?)", Integer.class, personId, personId);
        return count != null && count > 0;
    }

    public boolean inTeam(Team team, String scopeId, String personId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM programme_team WHERE team = ? AND scope_id = ? "
                + "AND person_id = ?", Integer.class, team.name(), scopeId, personId);
        return count != null && count > 0;
    }

    /** Whether the person leads any module. */
    public boolean leadsAModule(String personId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM programme_team WHERE team = 'MODULE_LEADS' "
                + "AND person_id = ?", Integer.class, personId);
        return count != null && count > 0;
    }

    private Map<String, List<String>> team(Team team) {
        Map<String, List<String>> people = new HashMap<>();
        jdbc.query("SELECT scope_id, person_id FROM programme_team WHERE team = ? ORDER BY person_id",
                rs -> {
                    people.computeIfAbsent(rs.getString("scope_id"), scope -> new ArrayList<>())
                            .add(rs.getString("person_id"));
                }, team.name());
        return people;
    }

    void addModule(String id, int number, String nameSv, String nameEn) {
        jdbc.update("INSERT INTO programme_module (id, number, name_sv, name_en, retired) VALUES (?, ?, ?, ?, FALSE)",
                id, number, nameSv, nameEn);
    }

    void renameModule(String id, String nameSv, String nameEn) {
        jdbc.update("UPDATE programme_module SET name_sv = ?, name_en = ? WHERE id = ?", nameSv, nameEn, id);
    }

    void retireModule(String id) {
        jdbc.update("UPDATE programme_module SET retired = TRUE WHERE id = ?", id);
    }

    void addMunicipality(String id, String nameSv, String nameEn, String planId) {
        jdbc.update("INSERT INTO programme_municipality (id, name_sv, name_en, plan_id, pilot_id, retired) "
                + "VALUES (?, ?, ?, ?, NULL, FALSE)", id, nameSv, nameEn, planId);
    }

    void renameMunicipality(String id, String nameSv, String nameEn) {
        jdbc.update("UPDATE programme_municipality SET name_sv = ?, name_en = ? WHERE id = ?", nameSv, nameEn, id);
    }

    void retireMunicipality(String id) {
        jdbc.update("UPDATE programme_municipality SET retired = TRUE WHERE id = ?", id);
    }

    void assignPilot(String municipalityId, String personId) {
        jdbc.update("UPDATE programme_municipality SET pilot_id = ? WHERE id = ?", personId, municipalityId);
    }

    void addToTeam(Team team, String scopeId, String personId) {
        jdbc.update("INSERT INTO programme_team (team, scope_id, person_id) VALUES (?, ?, ?)", team.name(), scopeId,
                personId);
    }

    void removeFromTeam(Team team, String scopeId, String personId) {
        jdbc.update("DELETE FROM programme_team WHERE team = ? AND scope_id = ? AND person_id = ?", team.name(),
                scopeId, personId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM programme_team");
        jdbc.update("DELETE FROM programme_municipality");
        jdbc.update("DELETE FROM programme_module");
    }
}
