-- People who can log in. Not event-sourced on purpose: password hashes must be deletable,
-- and events only ever name a person by id.
CREATE TABLE person (
    id            VARCHAR(64)              NOT NULL PRIMARY KEY,
    username      VARCHAR(100)             NOT NULL UNIQUE,
    display_name  VARCHAR(200)             NOT NULL,
    password_hash VARCHAR(200)             NOT NULL,
    roles         VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
