package se.pollinator.rules;

import java.util.Map;

/** Checks on free text that people type: present, trimmed and not too long. */
public final class Text {

    private static final Map<String, String> LABELS = Map.of(
            "title", "The title",
            "card-text", "Card text",
            "group-name", "The group name",
            "decision", "The decision",
            "action", "The action item",
            "display-name", "The display name");

    private Text() {
    }

    /**
     * Returns the trimmed text, or throws when it is blank or longer than {@code max} characters.
     *
     * @param field which field it is: title, card-text, group-name, decision, action or display-name
     */
    public static String required(String field, String text, int max) {
        String label = LABELS.getOrDefault(field, field);
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("text.empty", "%2$s must not be empty.", field, label);
        }
        String trimmed = text.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            throw RuleViolation.invalid("text.too-long", "%4$s is %2$s characters long; at most %3$s are allowed.",
                    field, length, max, label);
        }
        return trimmed;
    }

    /** Like {@link #required} but an absent or blank text is allowed and becomes {@code null}. */
    public static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(field, text, max);
    }
}
