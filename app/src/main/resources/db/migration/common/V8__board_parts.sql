-- A board is stored in parts, so that an event costs what it changed, not what the board weighs:
-- retro_board.state holds only the header (title, phase, timer, settings), and each participant,
-- card, group, voter's votes, decision, action item and review is a row of its own, in the order
-- it first appeared. The boards read model is rebuilt from the event store in this shape: emptied
-- here, and its processor's token removed so that it replays every event from the first.
CREATE TABLE retro_board_item (
    retro_id VARCHAR(64)  NOT NULL,
    kind     VARCHAR(16)  NOT NULL,
    item_id  VARCHAR(64)  NOT NULL,
    position BIGINT       NOT NULL,
    state    TEXT         NOT NULL,
    PRIMARY KEY (retro_id, kind, item_id)
);
CREATE INDEX retro_board_item_order ON retro_board_item (retro_id, position);

DELETE FROM retro_member;
DELETE FROM retro_board;
DELETE FROM tokenentry WHERE processorname = 'boards';
