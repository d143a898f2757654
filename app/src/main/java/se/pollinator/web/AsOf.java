package se.pollinator.web;

import org.axonframework.eventhandling.DomainEventMessage;
import se.pollinator.rules.RuleViolation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * A point in an aggregate's history, as {@code ?asOf=} names it: a sequence number or an
 * ISO-8601 instant. History folds the events up to and including that point.
 */
public final class AsOf {

    private AsOf() {
    }

    /** Whether an event lies at or before the point; throws a 400 for a point that is neither. */
    public static Predicate<DomainEventMessage<?>> upTo(String asOf) {
        if (asOf.matches("-?\\d{1,18}")) {
            long seq = Long.parseLong(asOf);
            if (seq < 0) {
                throw RuleViolation.invalid("history.as-of", "asOf must be a sequence number, 0 or more.");
            }
            return message -> message.getSequenceNumber() <= seq;
        }
        try {
            Instant at = Instant.parse(asOf);
            return message -> !message.getTimestamp().isAfter(at);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("history.as-of",
                    "asOf must be a sequence number or an ISO-8601 instant such as 2026-11-27T10:00:00Z, not '%s'.",
                    asOf);
        }
    }
}
