-- Commands sent with an Idempotency-Key, and what they were answered: a client that timed out
-- retries with the same key and gets the first answer, and nothing is done twice. The row is
-- written in the same transaction as the command's events. Kept for a day.
CREATE TABLE command_request (
    person_id       VARCHAR(64)              NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    request         VARCHAR(1000)            NOT NULL,
    answer          TEXT                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, idempotency_key)
);
CREATE INDEX command_request_age ON command_request (created_at);
