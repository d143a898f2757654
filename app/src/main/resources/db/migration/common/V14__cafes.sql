-- Cafés keep their boards in the session kernel's store (V13). Besides: their invitation links,
-- found by the hash of the token a guest brings (never the token itself), and the guests each
-- link admitted, so that revoking a link ends its guests' access.
CREATE TABLE cafe_invitation (
    token_hash    VARCHAR(128)             NOT NULL PRIMARY KEY,
    cafe_id       VARCHAR(64)              NOT NULL,
    invitation_id VARCHAR(64)              NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_uses      INTEGER,
    revoked       BOOLEAN                  NOT NULL
);

CREATE TABLE cafe_guest (
    guest_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    cafe_id       VARCHAR(64)  NOT NULL,
    invitation_id VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL
);
CREATE INDEX cafe_guest_invitation ON cafe_guest (cafe_id, invitation_id);
