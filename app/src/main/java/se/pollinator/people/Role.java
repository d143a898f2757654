package se.pollinator.people;

/** What a person may do in Pollinator. */
public enum Role {
    /** Manages people and may see every session. */
    ADMIN,
    /** Creates and runs retros. */
    FACILITATOR,
    /** Takes part in sessions. */
    MEMBER,
    /** Audits what the programme learned; may read every session. */
    EVALUATOR,
    /**
     * Came to one café through its invitation link, without an account: sees that café and
     * nothing else. Never given to a person; a guest is no row in the people table.
     */
    GUEST
}
