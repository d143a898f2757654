package se.pollinator.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks on dates and ids that people send: within what every read model can hold and show. */
public final class Values {

    /** The earliest date any session, due date or plan may name. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The latest date any session, due date or plan may name. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private Values() {
    }

    /** Returns the date, or throws when it lies outside {@link #EARLIEST} to {@link #LATEST}; null passes. */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw RuleViolation.invalid("date.out-of-range", "The date %s for '%s' must lie between %s and %s.",
                    date, field, EARLIEST, LATEST);
        }
        return date;
    }

    /** Returns the instant, or throws when its day lies outside {@link #EARLIEST} to {@link #LATEST}; null passes. */
    public static Instant instant(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw RuleViolation.invalid("date.out-of-range", "The time %s for '%s' must lie between %s and %s.",
                    instant, field, EARLIEST, LATEST);
        }
        return instant;
    }

    /** Returns the id, or throws when it is not 1-64 letters, digits and dashes (as UUIDs are). */
    public static String id(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw RuleViolation.invalid("id.malformed", "'%s' must be 1-64 letters, digits or dashes.", field);
        }
        return id;
    }

    /** Returns the acting person's id, or throws when there is none: every change is someone's. */
    public static String actor(String personId) {
        if (personId == null || personId.isBlank()) {
            throw RuleViolation.forbidden("person.unknown", "Only a known person can do this.");
        }
        return personId;
    }

    /** The ids, each checked, once each, in the order first given; none for null. */
    public static List<String> distinctIds(String field, List<String> ids) {
        List<String> distinct = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            id(field, id);
            if (!distinct.contains(id)) {
                distinct.add(id);
            }
        }
        return distinct;
    }
}
