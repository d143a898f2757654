package se.pollinator.session;

/**
 * The kinds of live session the programme holds, each living in packages of its own: this is
 * where a kind is registered, once. What the kernel, the directory, the pages and the summaries
 * need to know of a kind, beyond its own packages, is said here: where its commands are sent
 * ({@code /api/<resource>}), the page it is shown on, and what it is called in Swedish and English.
 */
public enum SessionKind {
    RETRO("retros", "retro", "Retro", "Retro"),
    THINK_TANK("thinktanks", "thinktank", "Tankesmedja", "Think tank"),
    CAFE("cafes", "cafe", "Café", "Café"),
    SEMINAR("seminars", "seminar", "Seminarium", "Seminar");

    private final String resource;
    private final String page;
    private final String swedish;
    private final String english;

    SessionKind(String resource, String page, String swedish, String english) {
        this.resource = resource;
        this.page = page;
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * The kind's short name, which names its page ({@code /retro.html}), its packages and the
     * folders of its page's scripts and templates ({@code js/retro/}, {@code templates/retro/}).
     */
    public String slug() {
        return page;
    }

    /** Where the kind's commands are sent: {@code /api/retros}. */
    public String api() {
        return "/api/" + resource;
    }

    /** The page a session of this kind is shown on: {@code /retro.html}. */
    public String page() {
        return "/" + slug() + ".html";
    }

    /** What the kind is called, in Swedish or in English. */
    public String label(boolean inSwedish) {
        return inSwedish ? swedish : english;
    }
}
