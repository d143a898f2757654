package se.pollinator.rules;

/**
 * A command broke a domain rule. The message is written for the person who sent the command:
 * it says what is wrong and, where it can, what to do instead.
 */
public class RuleViolation extends RuntimeException {

    /** What kind of rule was broken; the web layer maps each kind to one HTTP status. */
    public enum Kind {
        /** The input itself is malformed: empty, too long, out of range. */
        INVALID,
        /** The person may not do this. */
        FORBIDDEN,
        /** Something the command names does not exist. */
        NOT_FOUND,
        /** The command is well formed but the aggregate's state does not allow it now. */
        CONFLICT
    }

    private final Kind kind;

    public RuleViolation(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static RuleViolation invalid(String message) {
        return new RuleViolation(Kind.INVALID, message);
    }

    public static RuleViolation forbidden(String message) {
        return new RuleViolation(Kind.FORBIDDEN, message);
    }

    public static RuleViolation notFound(String message) {
        return new RuleViolation(Kind.NOT_FOUND, message);
    }

    public static RuleViolation conflict(String message) {
        return new RuleViolation(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
