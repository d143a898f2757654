package se.pollinator.plan;

/**
 * What a plan change came from: an item of a session, such as a retro's decision or action item
 * (later a think tank's recommendation or a café's insight). The caller checks that it exists
 * and that the person may see it, and records what it said then ({@code label}) and the session's
 * title, so the plan's history reads on its own.
 *
 * @param kind what the item is: {@code DECISION}, {@code ACTION_ITEM}, ...
 */
public record Source(String sessionId, String itemId, String kind, String label, String sessionTitle) {
}
