package se.pollinator.seminar;

/** Where a seminar question stands. */
public enum QuestionState {
    /** Waiting for a moderator to let it show (in a moderated seminar). */
    HELD,
    /** Shown to everyone, open for votes. */
    SHOWN,
    /** The speakers are answering it now; one at a time. */
    ANSWERING,
    ANSWERED,
    /** Taken off the wall by a moderator. */
    HIDDEN,
    /** Folded into another question that asks the same; its votes went there. */
    MERGED;

    /** Whether everyone sees it and may vote for it. */
    public boolean isShown() {
        return this == SHOWN || this == ANSWERING || this == ANSWERED;
    }
}
