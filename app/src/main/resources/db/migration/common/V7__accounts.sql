-- Usernames are unique regardless of case; an account can be disabled; API clients hold
-- personal access tokens, stored as hashes only.
ALTER TABLE person ADD COLUMN username_key VARCHAR(100);
UPDATE person SET username_key = LOWER(username);
ALTER TABLE person ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE person ADD CONSTRAINT person_username_any_case UNIQUE (username_key);
ALTER TABLE person ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE access_token (
    id           VARCHAR(64)              NOT NULL PRIMARY KEY,
    person_id    VARCHAR(64)              NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_token_person ON access_token (person_id);
