package se.pollinator.rules;

/** Checks on free text that people type: present, trimmed and not too long. */
public final class Text {

    private Text() {
    }

    /**
     * Returns the trimmed text, or throws when it is blank or longer than {@code max} characters.
     *
     * @param what how the person knows the field, used in the message ("Card text")
     */
    public static String required(String what, String text, int max) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid(what + " must not be empty.");
        }
        String trimmed = text.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            throw RuleViolation.invalid(what + " is " + length + " characters long; at most " + max + " are allowed.");
        }
        return trimmed;
    }

    /** Like {@link #required} but an absent or blank text is allowed and becomes {@code null}. */
    public static String optional(String what, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(what, text, max);
    }
}
