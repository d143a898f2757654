package se.pollinator.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A command broke a domain rule. The message is written for the person who sent the command:
 * it says what is wrong and, where it can, what to do instead. The {@link #code} and
 * {@link #args} say the same in a form a user interface can put into another language.
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
    private final String code;
    private final List<String> args;

    /**
     * @param code     a stable name for this rule, such as {@code vote.budget-spent}
     * @param template the English message, with {@code %s} where the arguments go, in order
     */
    public RuleViolation(Kind kind, String code, String template, Object... args) {
        super(String.format(Locale.ROOT, template, args), null, false, false);
        this.kind = kind;
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public static RuleViolation invalid(String code, String template, Object... args) {
        return new RuleViolation(Kind.INVALID, code, template, args);
    }

    public static RuleViolation forbidden(String code, String template, Object... args) {
        return new RuleViolation(Kind.FORBIDDEN, code, template, args);
    }

    public static RuleViolation notFound(String code, String template, Object... args) {
        return new RuleViolation(Kind.NOT_FOUND, code, template, args);
    }

    public static RuleViolation conflict(String code, String template, Object... args) {
        return new RuleViolation(Kind.CONFLICT, code, template, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
