package se.pollinator.retro;

/** What a later retro decided about an open action item from an earlier one. */
public enum ActionOutcome {
    DONE, DROPPED, CARRIED_ON;

    /** An action item stays open (and comes up again next time) only when carried on. */
    public boolean keepsOpen() {
        return this == CARRIED_ON;
    }
}
