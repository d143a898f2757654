package se.pollinator.session;

import se.pollinator.rules.RuleViolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The phase rule every kind of session with phases keeps alike: its phases are an enum in the order
 * they come, the last closes the session, and the facilitator moves it one step at a time (forward
 * only, where the kind says so). The codes are the kernel's: {@code phase.required},
 * {@code phase.one-step}.
 */
public final class SessionPhases {

    private SessionPhases() {
    }

    /** How a kind's phases may be moved. */
    public enum Steps {
        /** One step forward or back (a retro, a think tank). */
        EITHER_WAY,
        /** One step forward only (a seminar). */
        FORWARD
    }

    /**
     * Throws unless a session in {@code from} may move to {@code to}; {@code session} names the
     * session in the message ("the retro").
     */
    public static <P extends Enum<P>> void requireOneStep(String session, P from, P to, Class<P> phases,
                                                          Steps steps) {
        if (to == null) {
            throw RuleViolation.invalid("phase.required", "A phase is required: %s.",
                    Arrays.stream(phases.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        int step = to.ordinal() - from.ordinal();
        boolean allowed = step == 1 || (steps == Steps.EITHER_WAY && step == -1);
        if (!allowed) {
            throw RuleViolation.conflict("phase.one-step", "%s is in %s; it can only move one step%s, not to %s.",
                    capitalised(session), from, steps == Steps.FORWARD ? " forward" : "", to);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
