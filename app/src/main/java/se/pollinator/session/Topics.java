package se.pollinator.session;

/** The STOMP topics of a session, named in one place for whoever publishes to them. */
public final class Topics {

    private Topics() {
    }

    /** Every change of the session's board, as everybody on it may see it. */
    public static String board(String sessionId) {
        return "/topic/sessions/" + sessionId;
    }

    /** Who is on the board, and who is writing where. */
    public static String presence(String sessionId) {
        return board(sessionId) + "/presence";
    }
}
