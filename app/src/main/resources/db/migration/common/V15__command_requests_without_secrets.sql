-- Requests remembered under an Idempotency-Key keep no secrets: the key is stored as its SHA-256,
-- the request as its route pattern (never the path, which may hold an invitation token) and a
-- fingerprint of method, path and body, and the answer (which may hold a new invitation's token)
-- encrypted with a key derived from the Idempotency-Key, which only the client knows.
-- A request is claimed before its command runs (answer still NULL), so a retry that overlaps it
-- waits for its answer instead of running the command a second time.
-- The rows written before this change held those secrets in plain text: they are dropped (a retry,
-- across this upgrade, of a request made before it is carried out anew).
DROP TABLE command_request;
CREATE TABLE command_request (
    person_id   VARCHAR(64)              NOT NULL,
    key_hash    CHAR(64)                 NOT NULL,
    route       VARCHAR(300)             NOT NULL,
    fingerprint CHAR(64)                 NOT NULL,
    claim       VARCHAR(36)              NOT NULL,
    answer      TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, key_hash)
);
CREATE INDEX command_request_age ON command_request (created_at);
