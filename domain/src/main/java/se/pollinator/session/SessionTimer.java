package se.pollinator.session;

import se.pollinator.rules.RuleViolation;

import java.time.Duration;
import java.time.Instant;

/** The countdown every kind of session has: how long it may run, and that only a running one stops. */
public final class SessionTimer {

    public static final Duration MAX = Duration.ofHours(2);

    private SessionTimer() {
    }

    /** Throws unless the timer ends after it starts, and within {@link #MAX}. */
    public static void check(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw RuleViolation.invalid("timer.too-short", "The timer needs a duration of at least one second.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX) > 0) {
            throw RuleViolation.invalid("timer.too-long", "The timer can run for at most %s minutes.", MAX.toMinutes());
        }
    }

    /** Throws unless a timer is running (to be stopped). */
    public static void requireRunning(boolean running) {
        if (!running) {
            throw RuleViolation.conflict("timer.not-running", "No timer is running.");
        }
    }
}
