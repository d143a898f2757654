package se.pollinator.plan;

/** Where a goal stands. */
public enum GoalStatus {
    PLANNED, IN_PROGRESS, ACHIEVED, DROPPED
}
