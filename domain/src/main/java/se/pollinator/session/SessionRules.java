package se.pollinator.session;

import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Values;

import java.util.Set;

/** The rules every kind of session keeps alike: who facilitates, who takes part. */
public final class SessionRules {

    private SessionRules() {
    }

    /** Throws unless the person is the session's facilitator; {@code action} names the rule's code. */
    public static void requireFacilitator(String facilitatorId, String personId, String action, String what) {
        Values.actor(personId);
        if (!personId.equals(facilitatorId)) {
            throw RuleViolation.forbidden("facilitator-only." + action, "Only the facilitator can " + what + ".");
        }
    }

    /** Throws unless the person has joined the session. */
    public static void requireParticipant(Set<String> participants, String personId) {
        Values.actor(personId);
        if (!participants.contains(personId)) {
            throw RuleViolation.forbidden("session.not-participant",
                    "You are not a participant of this session; join it first.");
        }
    }
}
