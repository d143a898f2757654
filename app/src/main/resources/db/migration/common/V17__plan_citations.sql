-- The other direction of the evidence chain: for each session item (a decision, an action item, a
-- recommendation, a harvest insight), the plan changes that name it as their source. Kept by the
-- plans read model beside the goals, one row per citing change.
CREATE TABLE plan_citation (
    plan_id     VARCHAR(80)              NOT NULL,
    seq         BIGINT                   NOT NULL,
    goal_id     VARCHAR(64)              NOT NULL,
    session_id  VARCHAR(64)              NOT NULL,
    item_id     VARCHAR(64)              NOT NULL,
    change_kind VARCHAR(16)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    by_id       VARCHAR(64),
    rationale   TEXT,
    PRIMARY KEY (plan_id, seq)
);
CREATE INDEX plan_citation_session ON plan_citation (session_id);
