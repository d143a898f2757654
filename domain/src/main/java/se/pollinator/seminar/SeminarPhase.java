package se.pollinator.seminar;

/** A seminar's phases, in order; it moves forward only. */
public enum SeminarPhase {
    /** The audience joins and may send questions ahead. */
    OPEN,
    /** The seminar is on: questions, votes and polls. */
    LIVE,
    /** Over; nothing changes any more. */
    CLOSED
}
