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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** People and their hashed passwords, in the {@code person} table. */
@Repository
public class PeopleStore {

    private static final String COLUMNS = "SELECT id, username, display_name, password_hash, roles FROM person ";

    private final JdbcTemplate jdbc;
    private final Map<String, Person> byId = new ConcurrentHashMap<>();

    public PeopleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a person; throws {@link UsernameTakenException} when the username is in use. */
    public void add(Person person) {
        try {
            jdbc.update("INSERT INTO person (id, username, display_name, password_hash, roles, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    person.id(), person.username(), person.displayName(), person.passwordHash(),
                    rolesText(person.roles()), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(person.username());
        }
    }

    public void changePassword(String id, String passwordHash) {
        jdbc.update("UPDATE person SET password_hash = ? WHERE id = ?", passwordHash, id);
        byId.remove(id);
    }

    public Optional<Person> byUsername(String username) {
        return jdbc.query(COLUMNS + "WHERE username = ?", PeopleStore::person, username).stream().findFirst();
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
                rs.getString("password_hash"), roles);
    }
}
