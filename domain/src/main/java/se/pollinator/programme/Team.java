package se.pollinator.programme;

/** The people of a module or a municipality project, by what they do there. */
public enum Team {
    /** A module's lead partners. */
    MODULE_LEADS,
    /** The partners working in a module. */
    MODULE_MEMBERS,
    /** The municipality's own people in its project. */
    MUNICIPALITY_MEMBERS;

    public boolean ofModule() {
        return this != MUNICIPALITY_MEMBERS;
    }
}
