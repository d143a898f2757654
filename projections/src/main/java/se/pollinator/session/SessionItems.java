package se.pollinator.session;

import java.util.List;
import java.util.Optional;

/**
 * The items of one kind's sessions that a plan change may name as its source: a retro's decisions
 * and action items, a think tank's published recommendations, a café's harvest. Whether the person
 * may see the session is checked by the caller.
 */
public interface SessionItems {

    /** One such item, with what it says ({@code label}) and its session's title. */
    record SessionItem(String sessionId, String itemId, String kind, String label, String sessionTitle) {
    }

    /** The items of the session, if it is one of this kind; empty otherwise. */
    List<SessionItem> items(String sessionId);

    default Optional<SessionItem> item(String sessionId, String itemId) {
        return items(sessionId).stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }
}
