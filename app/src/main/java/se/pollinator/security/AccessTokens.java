package se.pollinator.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import se.pollinator.people.AccessTokenEnded;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.rules.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens: an API client's alternative to sending a password on every request.
 * A token is shown once when made and stored only as its SHA-256 hash (a random 256-bit token
 * needs no slow hash); it expires ({@link #DEFAULT_LIFE} unless its owner chose another day, at
 * most {@link #LONGEST_LIFE} ahead), its owner revokes it, and a disabled owner's tokens stop
 * working. The live connections a token opened close when it is revoked or expires.
 */
@Repository
public class AccessTokens {

    /** Every token starts with this, so a leaked one is easy to recognise. */
    static final String PREFIX = "pol_";
    static final Duration DEFAULT_LIFE = Duration.ofDays(90);
    static final Duration LONGEST_LIFE = Duration.ofDays(366);
    /** The request attribute that names the token a request was authenticated with. */
    public static final String TOKEN_ID_ATTRIBUTE = AccessTokens.class.getName() + ".tokenId";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PeopleStore people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Instant expiriesAnnouncedUntil;

    public AccessTokens(JdbcTemplate jdbc, PeopleStore people, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.events = events;
        this.expiriesAnnouncedUntil = clock.instant();
    }

    /** A token as its owner sees it later: never the secret. */
    public record Listed(String id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    /** A new token; {@code token} is the secret, shown this once. */
    public record Issued(String id, String name, String token, Instant expiresAt) {
    }

    /** A token that authenticated: which it was, and whose. */
    record Authenticated(String tokenId, Person person) {
    }

    /** Makes a token that expires at the given time, or {@link #DEFAULT_LIFE} from now when none is given. */
    public Issued issue(String personId, String name, Instant expiresAt) {
        Instant now = clock.instant();
        // To the second, as the database keeps it and as the list answers it later.
        Instant expires = (expiresAt == null ? now.plus(DEFAULT_LIFE) : expiresAt).truncatedTo(ChronoUnit.SECONDS);
        if (!expires.isAfter(now) || expires.isAfter(now.plus(LONGEST_LIFE))) {
            throw RuleViolation.invalid("token.expiry", "A token expires after now and at most %d days ahead.",
                    LONGEST_LIFE.toDays());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO access_token (id, person_id, name, token_hash, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, personId, name, hash(token), Timestamp.from(now),
                Timestamp.from(expires));
        return new Issued(id, name, token, expires);
    }

    /** The person's tokens that still work. */
    public List<Listed> of(String personId) {
        return jdbc.query("SELECT id, name, created_at, last_used_at, expires_at FROM access_token "
                        + "WHERE person_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at",
                (rs, row) -> new Listed(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()), personId, Timestamp.from(clock.instant()));
    }

    /** Revokes one of the person's tokens, closing what it opened; false when they have no such token. */
    public boolean revoke(String personId, String id) {
        boolean revoked = jdbc.update("UPDATE access_token SET revoked_at = ? WHERE id = ? AND person_id = ? "
                + "AND revoked_at IS NULL", Timestamp.from(clock.instant()), id, personId) == 1;
        if (revoked) {
            events.publishEvent(new AccessTokenEnded(id));
        }
        return revoked;
    }

    /** Tells of the tokens that expired since it last looked, so that what they opened is closed. */
    @Scheduled(fixedDelayString = "${pollinator.live.session-check:PT1M}", initialDelayString = "PT1M")
    public void announceExpired() {
        Instant since = expiriesAnnouncedUntil;
        Instant now = clock.instant();
        jdbc.queryForList("SELECT id FROM access_token WHERE expires_at > ? AND expires_at <= ? AND revoked_at IS NULL",
                String.class, Timestamp.from(since), Timestamp.from(now))
                .forEach(id -> events.publishEvent(new AccessTokenEnded(id)));
        expiriesAnnouncedUntil = now;
    }

    /** The enabled person a valid (neither revoked nor expired) token belongs to. */
    Optional<Authenticated> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.query("SELECT id, person_id, last_used_at FROM access_token WHERE token_hash = ? "
                                + "AND revoked_at IS NULL AND expires_at > ?",
                        (rs, row) -> new Found(rs.getString(1), rs.getString(2), rs.getTimestamp(3)), hash(token),
                        Timestamp.from(now))
                .stream().findFirst()
                .flatMap(found -> {
                    // When it was last used, to the minute: no write (nor a round trip) on every request.
                    Instant minuteAgo = now.minusSeconds(60);
                    if (found.lastUsedAt() == null || found.lastUsedAt().toInstant().isBefore(minuteAgo)) {
                        jdbc.update("UPDATE access_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL "
                                + "OR last_used_at < ?)", Timestamp.from(now), found.id(), Timestamp.from(minuteAgo));
                    }
                    return people.byId(found.personId()).filter(person -> !person.disabled())
                            .map(person -> new Authenticated(found.id(), person));
                });
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
