-- The retros' boards move into the session kernel's tables (session_board, session_part,
-- session_member), where every other kind's boards are. Their own tables go, and the boards
-- processor folds every retro again from its first event: its token and its parked events go too.
DROP TABLE retro_board_item;
DROP TABLE retro_member;
DROP TABLE retro_board;
DELETE FROM tokenentry WHERE processorname = 'boards';
DELETE FROM deadletterentry WHERE processinggroup = 'boards';
