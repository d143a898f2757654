package se.pollinator.session;

/** The kinds of live session the programme holds; each lives in a package of its own. */
public enum SessionKind {
    RETRO, THINK_TANK, CAFE, SEMINAR
}
