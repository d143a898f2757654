-- The needs analyses read model: per municipality project its sections (current text and who
-- last changed each) and every maturity self-assessment. Built by the "plans" processor.
CREATE TABLE needs_header (
    analysis_id     VARCHAR(80) NOT NULL PRIMARY KEY,
    municipality_id VARCHAR(64) NOT NULL,
    seq             BIGINT      NOT NULL
);

CREATE TABLE needs_section (
    analysis_id VARCHAR(80)              NOT NULL,
    section     VARCHAR(64)              NOT NULL,
    text        TEXT,
    by_id       VARCHAR(64)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (analysis_id, section)
);

CREATE TABLE maturity_assessment (
    analysis_id   VARCHAR(80)              NOT NULL,
    assessment_id VARCHAR(64)              NOT NULL,
    position      BIGINT                   NOT NULL,
    by_id         VARCHAR(64)              NOT NULL,
    assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    scores        TEXT                     NOT NULL,
    PRIMARY KEY (analysis_id, assessment_id)
);
