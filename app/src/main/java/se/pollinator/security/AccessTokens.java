package se.pollinator.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens: an API client's alternative to sending a password on every request.
 * A token is shown once when made and stored only as its SHA-256 hash (a random 256-bit token
 * needs no slow hash); its owner revokes it, and a disabled owner's tokens stop working.
 */
@Repository
public class AccessTokens {

    /** Every token starts with this, so a leaked one is easy to recognise. */
    static final String PREFIX = "pol_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PeopleStore people;
    private final Clock clock;

    public AccessTokens(JdbcTemplate jdbc, PeopleStore people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /** A token as its owner sees it later: never the secret. */
    public record Listed(String id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** A new token; {@code token} is the secret, shown this once. */
    public record Issued(String id, String name, String token) {
    }

    public Issued issue(String personId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO access_token (id, person_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                id, personId, name, hash(token), Timestamp.from(clock.instant()));
        return new Issued(id, name, token);
    }

    public List<Listed> of(String personId) {
        return jdbc.query("SELECT id, name, created_at, last_used_at FROM access_token "
                        + "WHERE person_id = ? AND revoked_at IS NULL ORDER BY created_at",
                (rs, row) -> new Listed(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()), personId);
    }

    /** Revokes one of the person's tokens; false when they have no such token. */
    public boolean revoke(String personId, String id) {
        return jdbc.update("UPDATE access_token SET revoked_at = ? WHERE id = ? AND person_id = ? "
                + "AND revoked_at IS NULL", Timestamp.from(clock.instant()), id, personId) == 1;
    }

    /** The enabled person a valid token belongs to. */
    Optional<Person> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.query("SELECT id, person_id, last_used_at FROM access_token WHERE token_hash = ? "
                                + "AND revoked_at IS NULL",
                        (rs, row) -> new Found(rs.getString(1), rs.getString(2), rs.getTimestamp(3)), hash(token))
                .stream().findFirst()
                .flatMap(found -> {
                    // When it was last used, to the minute: no write (nor a round trip) on every request.
                    Instant minuteAgo = now.minusSeconds(60);
                    if (found.lastUsedAt() == null || found.lastUsedAt().toInstant().isBefore(minuteAgo)) {
                        jdbc.update("UPDATE access_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL "
                                + "OR last_used_at < ?)", Timestamp.from(now), found.id(), Timestamp.from(minuteAgo));
                    }
                    return people.byId(found.personId());
                })
                .filter(person -> !person.disabled());
    }

    private record Found(String id, String personId, Timestamp lastUsedAt) {
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
