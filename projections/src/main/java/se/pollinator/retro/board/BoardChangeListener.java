package se.pollinator.retro.board;

/** Told of every board change once the read model holding it has been committed. */
public interface BoardChangeListener {

    void boardChanged(BoardChange change);
}
