-- The programme read model: its modules, municipality projects (each with its plan and pilot)
-- and who works in which. Built from the programme's events by the "programme" processor.
CREATE TABLE programme_module (
    id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    number  INTEGER      NOT NULL,
    name_sv VARCHAR(400) NOT NULL,
    name_en VARCHAR(400) NOT NULL,
    retired BOOLEAN      NOT NULL
);

CREATE TABLE programme_municipality (
    id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_sv  VARCHAR(400) NOT NULL,
    name_en  VARCHAR(400) NOT NULL,
    plan_id  VARCHAR(80)  NOT NULL,
    pilot_id VARCHAR(64),
    retired  BOOLEAN      NOT NULL
);

CREATE TABLE programme_team (
    team      VARCHAR(32) NOT NULL,
    scope_id  VARCHAR(64) NOT NULL,
    person_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (team, scope_id, person_id)
);
CREATE INDEX programme_team_person ON programme_team (person_id);
