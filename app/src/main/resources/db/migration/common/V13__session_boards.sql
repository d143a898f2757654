-- The session kernel's read model for every kind of session after the retro: per session a
-- header row (what the directory lists, and the kind's own header as JSON), one row per part
-- (a question, an insight, a table, ...) and who takes part. An event rewrites the header and
-- the parts it changed, nothing else, as the retro's boards do.
CREATE TABLE session_board (
    session_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    kind           VARCHAR(16)              NOT NULL,
    seq            BIGINT                   NOT NULL,
    title          VARCHAR(400)             NOT NULL,
    module         INTEGER,
    municipality   VARCHAR(64),
    scheduled_at   TIMESTAMP WITH TIME ZONE,
    state          VARCHAR(16)              NOT NULL,
    closed         BOOLEAN                  NOT NULL,
    facilitator_id VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    header         TEXT                     NOT NULL
);
CREATE INDEX session_board_kind ON session_board (kind, created_at);

CREATE TABLE session_part (
    session_id VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    part_id    VARCHAR(64) NOT NULL,
    position   BIGINT      NOT NULL,
    state      TEXT        NOT NULL,
    PRIMARY KEY (session_id, kind, part_id)
);
CREATE INDEX session_part_order ON session_part (session_id, position);

CREATE TABLE session_member (
    session_id VARCHAR(64) NOT NULL,
    person_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX session_member_person ON session_member (person_id);

-- Who is invited (a think tank's experts, say): they see the session, and find it in their list,
-- before they join it.
CREATE TABLE session_invitation (
    session_id VARCHAR(64) NOT NULL,
    person_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX session_invitation_person ON session_invitation (person_id);
