-- Needs surveys. A survey's questions live in one JSON document (`structure`: sections,
-- questions, options, conditions, each with a stable numeric key and texts per language), so that
-- translating or reordering never touches the answers. A response stores its answers once, as JSON
-- keyed by those numbers, whatever language the respondent used. Instants are unix seconds.

-- Owned by an organisation or a project. `audience` is public, cluster_members (of
-- `audience_org_id`), event_participants (of `audience_event_id`) or region_orgs (organisations
-- whose NUTS code starts with `audience_nuts`). `salt` keys the respondent hashes of anonymous
-- surveys and never leaves the server.
CREATE TABLE surveys (
    id INTEGER PRIMARY KEY,
    owner_org_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    owner_project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '{}',
    intro TEXT NOT NULL DEFAULT '{}',
    audience TEXT NOT NULL,
    audience_org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    audience_event_id BIGINT REFERENCES events(id) ON DELETE SET NULL,
    audience_nuts TEXT,
    anonymous BOOLEAN NOT NULL,
    per_org BOOLEAN NOT NULL,
    results_public BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    closes_at BIGINT,
    structure TEXT NOT NULL DEFAULT '{}',
    salt TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((owner_org_id IS NULL) <> (owner_project_id IS NULL))
);
CREATE INDEX surveys_owner_org ON surveys(owner_org_id);
CREATE INDEX surveys_owner_project ON surveys(owner_project_id);

-- One row per respondent: `respondent_key` is the user, the organisation (one response per
-- organisation) or a browser token, hashed with the survey's salt when the survey is anonymous.
-- The unique key is what keeps parallel submissions to one response. Anonymous responses keep no
-- user or organisation, only the country, region and kind used for breakdowns.
CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    respondent_key TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    country TEXT,
    nuts TEXT,
    org_kind TEXT,
    status TEXT NOT NULL,
    consent BOOLEAN NOT NULL DEFAULT FALSE,
    answers TEXT NOT NULL DEFAULT '[]',
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    UNIQUE (survey_id, respondent_key)
);
CREATE INDEX survey_responses_survey ON survey_responses(survey_id, status);
