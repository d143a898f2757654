-- Open action items are offered to the next retro of the same module AND municipality project.
-- The read model is rebuilt from the event store: emptied here, and its processor's token removed
-- so that it replays every event from the first.
ALTER TABLE action_item_retro ADD COLUMN municipality VARCHAR(32);
ALTER TABLE action_item ADD COLUMN municipality VARCHAR(32);
DROP INDEX action_item_open;
CREATE INDEX action_item_open ON action_item (module, municipality, status);
DELETE FROM action_item;
DELETE FROM action_item_retro;
DELETE FROM tokenentry WHERE processorname = 'action-items';
