package se.pollinator.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1) without locking the real person out for long:
 * after a few failed logins for one account (or many from one address), each further try must
 * wait, twice as long after every failure, at most {@link #LONGEST_WAIT}; a success clears the
 * account's count. One address may have only a few password checks under way at once, so a
 * flood of parallel guesses cannot eat the CPU that everybody else's requests need. Every login,
 * failed or not, is logged with who and from where, never with the password.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger("se.pollinator.security.Logins");
    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MOST_CHECKS_AT_ONCE_PER_ADDRESS = 8;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> checking = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a login for this account from this address must still wait; empty when it may go ahead. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(waitOf(byAccount.get(key(username)), FREE_FAILURES_PER_ACCOUNT, now),
                waitOf(byAddress.get(address), FREE_FAILURES_PER_ADDRESS, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a password check under way from an address; false when it has too many already. */
    boolean startCheck(String address) {
        AtomicInteger count = checking.computeIfAbsent(address, a -> new AtomicInteger());
        if (count.incrementAndGet() > MOST_CHECKS_AT_ONCE_PER_ADDRESS) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    void endCheck(String address) {
        checking.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication());
        countFailure(username, address);
        LOG.warn("Login failed for '{}' from {}: {}", username, address,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        byAccount.remove(key(username));
        LOG.info("Login succeeded for '{}' from {}", username, address(event.getAuthentication()));
    }

    /**
     * Checks a password outside a login (a person's current one, before they change it), waited
     * for, limited and counted exactly as a login's check: the same account and address counts.
     */
    boolean checkPassword(String username, String address, BooleanSupplier matches) {
        Optional<Duration> wait = waitFor(username, address);
        if (wait.isPresent()) {
            throw new Throttled(wait.get(), "Too many wrong passwords; wait before trying again.");
        }
        if (!startCheck(address)) {
            throw new Throttled(Duration.ofSeconds(1), "Too many password checks at once from your address; "
                    + "try again shortly.");
        }
        try {
            if (matches.getAsBoolean()) {
                byAccount.remove(key(username));
                return true;
            }
            countFailure(username, address);
            LOG.warn("Password check failed for '{}' from {}", username, address);
            return false;
        } finally {
            endCheck(address);
        }
    }

    /** A password check that must wait: answered 429 with {@code Retry-After}. */
    public static final class Throttled extends RuntimeException {

        private final transient Duration wait;

        Throttled(Duration wait, String message) {
            super(message, null, false, false);
            this.wait = wait;
        }

        /** Whole seconds to wait, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private void countFailure(String username, String address) {
        Instant now = clock.instant();
        byAccount.merge(key(username), new Failures(1, now), (old, one) -> counted(old, now));
        byAddress.merge(address, new Failures(1, now), (old, one) -> counted(old, now));
    }

    @Scheduled(fixedDelay = 60_000)
    public void forgetOld() {
        Instant horizon = clock.instant().minus(FORGET_AFTER);
        byAccount.values().removeIf(failures -> failures.last().isBefore(horizon));
        byAddress.values().removeIf(failures -> failures.last().isBefore(horizon));
    }

    private static Failures counted(Failures old, Instant now) {
        return old.last().isBefore(now.minus(FORGET_AFTER)) ? new Failures(1, now) : new Failures(old.count() + 1, now);
    }

    private static Duration waitOf(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free || failures.last().isBefore(now.minus(FORGET_AFTER))) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
    }
}
