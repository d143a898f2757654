package se.pollinator.plan;

/** Told of every plan change once the read model holding it has been committed. */
public interface PlanChangeListener {

    /** @param goalId the goal the change was about; null for one about the whole plan */
    void planChanged(String planId, long seq, String type, String goalId);
}
