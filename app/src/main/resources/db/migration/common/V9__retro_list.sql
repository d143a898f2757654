-- The list of retros shows each one's municipality project and scheduled time, so the boards
-- read model keeps them in the header row. It is rebuilt from the event store to fill them in:
-- emptied here, and its processor's token removed so that it replays every event from the first.
ALTER TABLE retro_board ADD COLUMN municipality VARCHAR(64);
ALTER TABLE retro_board ADD COLUMN scheduled_at TIMESTAMP WITH TIME ZONE;

DELETE FROM retro_board_item;
DELETE FROM retro_member;
DELETE FROM retro_board;
DELETE FROM tokenentry WHERE processorname = 'boards';
