-- Guests by invitation link are the session kernel's, for any kind that lets guests in: the
-- cafés' links and guests move to the kernel's tables, named by session rather than by café.
CREATE TABLE session_guest_link (
    token_hash    VARCHAR(128)             NOT NULL PRIMARY KEY,
    session_id    VARCHAR(64)              NOT NULL,
    invitation_id VARCHAR(64)              NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_uses      INTEGER,
    revoked       BOOLEAN                  NOT NULL
);
CREATE INDEX session_guest_link_session ON session_guest_link (session_id, invitation_id);
INSERT INTO session_guest_link (token_hash, session_id, invitation_id, expires_at, max_uses, revoked)
    SELECT token_hash, cafe_id, invitation_id, expires_at, max_uses, revoked FROM cafe_invitation;

CREATE TABLE session_guest (
    guest_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    session_id    VARCHAR(64)  NOT NULL,
    invitation_id VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL
);
CREATE INDEX session_guest_invitation ON session_guest (session_id, invitation_id);
INSERT INTO session_guest (guest_id, session_id, invitation_id, display_name)
    SELECT guest_id, cafe_id, invitation_id, display_name FROM cafe_guest;

DROP TABLE cafe_guest;
DROP TABLE cafe_invitation;
