package se.pollinator.thinktank;

/** A think tank's phases, in order. */
public enum ThinkTankPhase {
    /** The facilitator edits the questions and invites experts. */
    PREPARE,
    /** Participants post insights to the questions, comment on them, cluster and support them. */
    EXPLORE,
    /** The facilitator and the experts draft recommendations based on insights. */
    RECOMMEND,
    /** The recommendations are published; nothing changes any more. */
    CLOSED
}
