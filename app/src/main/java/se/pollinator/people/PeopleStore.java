package se.pollinator.people;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** People and their hashed passwords, in the {@code person} table. */
@Repository
public class PeopleStore {

    private static final String COLUMNS = "SELECT id, username, display_name, password_hash, roles, disabled "
            + "FROM person ";

    private final JdbcTemplate jdbc;
    private final Map<String, Person> byId = new ConcurrentHashMap<>();

    public PeopleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a person; throws {@link UsernameTakenException} when the username is in use, in any
     * mix of upper and lower case.
     */
    public void add(Person person) {
        try {
            jdbc.update("INSERT INTO person (id, username, username_key, display_name, password_hash, roles, "
                            + "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    person.id(), person.username(), key(person.username()), person.displayName(),
                    person.passwordHash(), rolesText(person.roles()), person.disabled(),
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(person.username());
        }
    }

    public void changePassword(String id, String passwordHash) {
        jdbc.update("UPDATE person SET password_hash = ? WHERE id = ?", passwordHash, id);
        byId.remove(id);
    }

    /** Changes what others see of a person and what they may do. */
    public void update(String id, String displayName, Set<Role> roles) {
        jdbc.update("UPDATE person SET display_name = ?, roles = ? WHERE id = ?", displayName, rolesText(roles), id);
        byId.remove(id);
    }

    public void setDisabled(String id, boolean disabled) {
        jdbc.update("UPDATE person SET disabled = ? WHERE id = ?", disabled, id);
        byId.remove(id);
    }

    /** The person with this username, in any mix of upper and lower case. */
    public Optional<Person> byUsername(String username) {
        return jdbc.query(COLUMNS + "WHERE username_key = ?", PeopleStore::person, key(username)).stream()
                .findFirst();
    }

    private static String key(String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    public Optional<Person> byId(String id) {
        Person cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Person> found = jdbc.query(COLUMNS + "WHERE id = ?", PeopleStore::person, id).stream().findFirst();
        found.ifPresent(person -> byId.put(id, person));
        return found;
    }

    /** Display names of the given people, by id; unknown ids are left out. */
    public Map<String, String> displayNames(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach(id -> byId(id).ifPresent(person -> names.put(id, person.displayName())));
        return names;
    }

    public List<Person> all() {
        return jdbc.query(COLUMNS + "ORDER BY display_name", PeopleStore::person);
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank())
                .forEach(role -> roles.add(Role.valueOf(role)));
        return new Person(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), roles, rs.getBoolean("disabled"));
    }
}
