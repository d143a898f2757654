-- The plans read model: a header per plan and one row per goal, holding the goal's details, its
-- plan changes and its progress reports (JSON). Built from the plans' events by the "plans" processor.
CREATE TABLE plan_header (
    plan_id         VARCHAR(80)              NOT NULL PRIMARY KEY,
    municipality_id VARCHAR(64)              NOT NULL,
    seq             BIGINT                   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plan_goal (
    plan_id  VARCHAR(80) NOT NULL,
    goal_id  VARCHAR(64) NOT NULL,
    position BIGINT      NOT NULL,
    state    TEXT        NOT NULL,
    PRIMARY KEY (plan_id, goal_id)
);
