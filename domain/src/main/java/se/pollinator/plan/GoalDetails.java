package se.pollinator.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a goal says: its title and description, how it is measured (indicator, unit, baseline,
 * target), by when, who owns it, where it stands, and the modules whose services it calls on.
 */
public record GoalDetails(String title, String description, String indicator, String unit, BigDecimal baseline,
                          BigDecimal target, LocalDate dueDate, String ownerId, GoalStatus status,
                          List<String> moduleIds) {

    /** The names of the fields, as a revision names the ones it changes. */
    public static final List<String> FIELDS = List.of("title", "description", "indicator", "unit", "baseline",
            "target", "dueDate", "ownerId", "status", "moduleIds");

    public static GoalDetails titled(String title) {
        return new GoalDetails(title, null, null, null, null, null, null, null, GoalStatus.PLANNED, List.of());
    }

    /** The value of one field, by its name in {@link #FIELDS}. */
    public Object get(String field) {
        return switch (field) {
            case "title" -> title;
            case "description" -> description;
            case "indicator" -> indicator;
            case "unit" -> unit;
            case "baseline" -> baseline;
            case "target" -> target;
            case "dueDate" -> dueDate;
            case "ownerId" -> ownerId;
            case "status" -> status;
            case "moduleIds" -> moduleIds;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** These details with the named fields taken from {@code changes}. */
    public GoalDetails with(GoalDetails changes, List<String> fields) {
        return new GoalDetails(
                fields.contains("title") ? changes.title : title,
                fields.contains("description") ? changes.description : description,
                fields.contains("indicator") ? changes.indicator : indicator,
                fields.contains("unit") ? changes.unit : unit,
                fields.contains("baseline") ? changes.baseline : baseline,
                fields.contains("target") ? changes.target : target,
                fields.contains("dueDate") ? changes.dueDate : dueDate,
                fields.contains("ownerId") ? changes.ownerId : ownerId,
                fields.contains("status") ? changes.status : status,
                fields.contains("moduleIds") ? changes.moduleIds : moduleIds);
    }
}
