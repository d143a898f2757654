package se.pollinator.retro;

/** The phases of a retro, in the order the facilitator moves through them. */
public enum Phase {
    REFLECT, GROUP, VOTE, DISCUSS, CLOSED
}
