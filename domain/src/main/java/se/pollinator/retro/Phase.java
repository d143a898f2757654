package se.pollinator.retro;

/** The phases of a retro, in the order the facilitator moves through them. */
public enum Phase {
    REFLECT, GROUP, VOTE, DISCUSS, CLOSED;

    /** True when {@code to} is the phase right after or right before this one. */
    public boolean isNeighbour(Phase to) {
        return Math.abs(to.ordinal() - ordinal()) == 1;
    }
}
