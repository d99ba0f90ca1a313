-- Policy learning: the good-practice library and regional Action Plans with actions, indicators,
-- progress reports and a history of changes. Calendar dates are ISO 'YYYY-MM-DD' text; money is
-- in minor units with its ISO 4217 currency; indicator values are plain numbers.

CREATE TABLE good_practices (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    nuts TEXT NOT NULL,
    -- The organisation the practice comes from (optional, any profile).
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    -- The organisation of the person who entered it: its administrators edit the practice.
    owner_org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    theme TEXT NOT NULL,
    description TEXT NOT NULL,
    results TEXT NOT NULL DEFAULT '',
    contacts TEXT NOT NULL DEFAULT '',
    -- JSON [{"label": ..., "url": ...}]
    attachments TEXT NOT NULL DEFAULT '[]',
    -- JSON list of event ids (study visits, conferences where it was shown).
    event_ids TEXT NOT NULL DEFAULT '[]',
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX good_practices_theme ON good_practices(theme);

-- An Action Plan belongs to exactly one organisation (e.g. a regional authority) or one project.
CREATE TABLE action_plans (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    owner_org_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    owner_project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    nuts TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((owner_org_id IS NULL AND owner_project_id IS NOT NULL) OR (owner_org_id IS NOT NULL AND owner_project_id IS NULL))
);
CREATE TABLE ap_actions (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    responsible_org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    -- JSON list of partner organisation ids.
    partner_org_ids TEXT NOT NULL DEFAULT '[]',
    starts_on TEXT,
    ends_on TEXT,
    budget BIGINT,
    currency TEXT NOT NULL DEFAULT 'EUR',
    funding TEXT NOT NULL DEFAULT '',
    source_practice_id BIGINT REFERENCES good_practices(id) ON DELETE SET NULL,
    source_event_id BIGINT REFERENCES events(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX ap_actions_plan ON ap_actions(plan_id);
CREATE INDEX ap_actions_practice ON ap_actions(source_practice_id);
CREATE TABLE ap_indicators (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    action_id BIGINT NOT NULL REFERENCES ap_actions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline DOUBLE PRECISION NOT NULL,
    target DOUBLE PRECISION NOT NULL,
    target_on TEXT,
    current_value DOUBLE PRECISION NOT NULL,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ap_indicators_plan ON ap_indicators(plan_id);
-- Each progress report sets its indicator's current value; the reports are its history.
CREATE TABLE ap_progress (
    id INTEGER PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES ap_indicators(id) ON DELETE CASCADE,
    value DOUBLE PRECISION NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    reported_on TEXT NOT NULL,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ap_progress_indicator ON ap_progress(indicator_id);
-- Who changed what in a plan and when, written in the same transaction as the change. `kind`
-- selects the translated sentence, `params` (a JSON object of strings: names as written, codes,
-- plain numbers, ISO dates) fills it, so the history reads in every interface language.
CREATE TABLE ap_history (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    at BIGINT NOT NULL
);
CREATE INDEX ap_history_plan ON ap_history(plan_id);
