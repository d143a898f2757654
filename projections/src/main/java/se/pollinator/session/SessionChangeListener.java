package se.pollinator.session;

/** Told of every change of a live session once the read model holding it has been committed. */
public interface SessionChangeListener {

    void sessionChanged(SessionChange change);
}
