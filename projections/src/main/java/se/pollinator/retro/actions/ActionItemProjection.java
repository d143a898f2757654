package se.pollinator.retro.actions;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import se.pollinator.readmodel.Savepoint;
import se.pollinator.retro.RetroEvents.ActionItemAdded;
import se.pollinator.retro.RetroEvents.ActionItemDeleted;
import se.pollinator.retro.RetroEvents.ActionItemEdited;
import se.pollinator.retro.RetroEvents.EarlierActionReviewed;
import se.pollinator.retro.RetroEvents.RetroCreated;

/**
 * Follows action items across retros, so that the next retro of a module and municipality
 * project can list the ones still open. An item carried on stays open; done or dropped closes it.
 */
@Component
@ProcessingGroup(ActionItemProjection.GROUP)
public class ActionItemProjection {

    public static final String GROUP = "action-items";

    private final ActionItemStore store;
    private final Savepoint savepoint;

    public ActionItemProjection(ActionItemStore store, Savepoint savepoint) {
        this.store = store;
        this.savepoint = savepoint;
    }

    @EventHandler
    void on(RetroCreated event) {
        savepoint.run(() -> store.rememberRetro(event.retroId(), event.module(), event.municipality()));
    }

    @EventHandler
    void on(ActionItemAdded event) {
        savepoint.run(() -> store.add(event.actionId(), event.retroId(), event.text(), event.ownerId(),
                event.dueDate()));
    }

    @EventHandler
    void on(ActionItemEdited event) {
        savepoint.run(() -> store.edit(event.actionId(), event.text(), event.ownerId(), event.dueDate()));
    }

    /** An item deleted in its own retro was never agreed on: no later retro lists it. */
    @EventHandler
    void on(ActionItemDeleted event) {
        savepoint.run(() -> store.delete(event.actionId()));
    }

    @EventHandler
    void on(EarlierActionReviewed event) {
        savepoint.run(() -> store.settle(event.actionId(),
                event.outcome().keepsOpen() ? ActionItemStore.OPEN : event.outcome().name(), event.retroId()));
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
