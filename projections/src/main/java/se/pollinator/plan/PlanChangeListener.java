package se.pollinator.plan;

/** Told of every change to a plan or a needs analysis once the read model holding it has been committed. */
public interface PlanChangeListener {

    /** @param goalId the goal the change was about; null for one about the whole plan */
    void planChanged(String planId, long seq, String type, String goalId);

    /** A needs analysis changed: a section revised or a maturity assessment recorded. */
    void needsChanged(String analysisId, long seq, String type);
}
