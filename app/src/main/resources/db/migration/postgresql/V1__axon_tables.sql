-- Axon's event store, snapshots, tokens and dead letters, as Axon's PostgreSQL table factories
-- define them (BIGSERIAL and BYTEA; never large objects).
CREATE TABLE domainevententry (
    globalindex        BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber     BIGINT       NOT NULL,
    type               VARCHAR(255),
    eventidentifier    VARCHAR(255) NOT NULL,
    metadata           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadrevision    VARCHAR(255),
    payloadtype        VARCHAR(255) NOT NULL,
    timestamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalindex),
    UNIQUE (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber     BIGINT       NOT NULL,
    type               VARCHAR(255) NOT NULL,
    eventidentifier    VARCHAR(255) NOT NULL,
    metadata           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadrevision    VARCHAR(255),
    payloadtype        VARCHAR(255) NOT NULL,
    timestamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA        NULL,
    tokentype     VARCHAR(255) NULL,
    timestamp     VARCHAR(255) NULL,
    owner         VARCHAR(255) NULL,
    PRIMARY KEY (processorname, segment)
);

CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_pk PRIMARY KEY (deadletteridentifier),
    CONSTRAINT sequenceindex_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX processinggroup_index ON deadletterentry (processinggroup);
CREATE INDEX sequenceidentifier_index ON deadletterentry (processinggroup, sequenceidentifier);
