-- Axon's event store, snapshots, tokens and dead letters, as Axon's generic table factories
-- define them (H2, the embedded default).
CREATE TABLE domainevententry (
    globalindex        BIGINT AUTO_INCREMENT NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber     BIGINT       NOT NULL,
    type               VARCHAR(255),
    eventidentifier    VARCHAR(255) NOT NULL,
    metadata           BLOB,
    payload            BLOB         NOT NULL,
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
    metadata           BLOB,
    payload            BLOB         NOT NULL,
    payloadrevision    VARCHAR(255),
    payloadtype        VARCHAR(255) NOT NULL,
    timestamp          VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BLOB         NULL,
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
    payload              BLOB          NOT NULL,
    metadata             BLOB,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BLOB,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BLOB,
    CONSTRAINT deadletterentry_pk PRIMARY KEY (deadletteridentifier),
    CONSTRAINT sequenceindex_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX processinggroup_index ON deadletterentry (processinggroup);
CREATE INDEX sequenceidentifier_index ON deadletterentry (processinggroup, sequenceidentifier);
