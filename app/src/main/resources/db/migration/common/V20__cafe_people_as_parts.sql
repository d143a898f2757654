-- A café's people (who came, guests by the names they chose, who sits where) move out of its
-- stored header into a part each, as its notes are: the cafés processor folds every café again
-- from its first event, so its boards, members, guest links and guests go with its token and its
-- parked events (the links and guests come back from the events that made them).
DELETE FROM session_guest WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = 'CAFE');
DELETE FROM session_guest_link WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = 'CAFE');
DELETE FROM session_part WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = 'CAFE');
DELETE FROM session_member WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = 'CAFE');
DELETE FROM session_invitation WHERE session_id IN (SELECT session_id FROM session_board WHERE kind = 'CAFE');
DELETE FROM session_board WHERE kind = 'CAFE';
DELETE FROM tokenentry WHERE processorname = 'cafes';
DELETE FROM deadletterentry WHERE processinggroup = 'cafes';
