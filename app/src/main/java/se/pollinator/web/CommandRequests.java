package se.pollinator.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Commands that came with an Idempotency-Key, and their answers, kept for {@link #KEPT}, without
 * their secrets: the key is kept as its hash, the request as its route and a fingerprint, and the
 * answer encrypted under a key derived from the Idempotency-Key (see V15's migration).
 */
@Repository
public class CommandRequests {

    static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CommandRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A request with an Idempotency-Key, as it is told apart from others without keeping its secrets. */
    record Request(String personId, String key, String route, String fingerprint) {

        String keyHash() {
            return sha256Hex("key\n" + key);
        }
    }

    /** A remembered request: what it was, who claimed it, and its answer once it has one. */
    record Remembered(String route, String fingerprint, String claim, Optional<String> answer, boolean stale) {
    }

    /** Claims the request for one carrying-out; empty when another request holds the key. */
    Optional<String> claim(Request request) {
        String claim = UUID.randomUUID().toString();
        try {
            jdbc.update("INSERT INTO command_request (person_id, key_hash, route, fingerprint, claim, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", request.personId(), request.keyHash(), request.route(),
                    request.fingerprint(), claim, Timestamp.from(clock.instant()));
            return Optional.of(claim);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    /** Takes over a claim whose holder is gone (it answered nothing for longer than a command may take). */
    Optional<String> takeOver(Request request, String staleClaim) {
        String claim = UUID.randomUUID().toString();
        int taken = jdbc.update("UPDATE command_request SET claim = ?, created_at = ? WHERE person_id = ? "
                + "AND key_hash = ? AND claim = ? AND answer IS NULL", claim, Timestamp.from(clock.instant()),
                request.personId(), request.keyHash(), staleClaim);
        return taken == 1 ? Optional.of(claim) : Optional.empty();
    }

    /** Gives up a claim whose command was refused or failed: nothing was done, so a retry may try again. */
    void release(Request request, String claim) {
        jdbc.update("DELETE FROM command_request WHERE person_id = ? AND key_hash = ? AND claim = ? AND answer IS NULL",
                request.personId(), request.keyHash(), claim);
    }

    Optional<Remembered> find(Request request, Duration staleAfter) {
        return jdbc.query("SELECT route, fingerprint, claim, answer, created_at FROM command_request "
                + "WHERE person_id = ? AND key_hash = ?", (rs, row) -> new Remembered(rs.getString(1),
                rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)).map(sealed -> open(request, sealed)),
                rs.getTimestamp(5).toInstant().isBefore(clock.instant().minus(staleAfter))),
                request.personId(), request.keyHash()).stream().findFirst();
    }

    /**
     * Stores the answer under the claim. Must run in the command's transaction, so that the answer
     * and the command's events are stored together or not at all; fails (and so rolls the command
     * back) when the claim was taken over meanwhile.
     */
    void answer(Request request, String claim, String answer) {
        int stored = jdbc.update("UPDATE command_request SET answer = ? WHERE person_id = ? AND key_hash = ? "
                + "AND claim = ? AND answer IS NULL", seal(request, answer), request.personId(), request.keyHash(), claim);
        if (stored != 1) {
            throw new IllegalStateException("Another request took over this Idempotency-Key; this one is undone");
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void forgetOld() {
        jdbc.update("DELETE FROM command_request WHERE created_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
    }

    private static String seal(Request request, String answer) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, request, nonce);
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An answer could not be sealed", e);
        }
    }

    private static String open(Request request, String sealed) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealed);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, request, java.util.Arrays.copyOf(stored, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A remembered answer could not be opened", e);
        }
    }

    /** AES-GCM under a key that only someone who knows the Idempotency-Key can derive. */
    private static Cipher cipher(int mode, Request request, byte[] nonce) throws GeneralSecurityException {
        byte[] key = MessageDigest.getInstance("SHA-256").digest(("answer\n" + request.personId() + "\n"
                + request.key()).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(request.keyHash().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
