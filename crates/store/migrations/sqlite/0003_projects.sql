-- EU projects with partners, work packages and results; meta-clusters (cross-border partnerships of
-- clusters) with agreements, invitations and joint actions; news posts and their images; the PIC and
-- VAT numbers organisations are matched by on imports. Calendar dates are ISO 'YYYY-MM-DD' text
-- (they sort as text); money is in minor units (cents) with its ISO 4217 currency.

-- Identifiers an organisation is known by elsewhere: 'pic' (EU Participant Identification Code) or
-- 'vat'. One organisation per identifier.
CREATE TABLE org_identifiers (
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (scheme, value)
);
CREATE INDEX org_identifiers_org ON org_identifiers(org_id);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    acronym TEXT NOT NULL,
    title TEXT NOT NULL,
    programme TEXT NOT NULL,
    call_topic TEXT,
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    total_budget BIGINT,
    eu_contribution BIGINT,
    objectives TEXT NOT NULL DEFAULT '[]',
    website TEXT,
    nace TEXT NOT NULL DEFAULT '[]',
    ecosystems TEXT NOT NULL DEFAULT '[]',
    -- The CORDIS project id when the project came from a CORDIS import (re-imports update it).
    cordis_id TEXT UNIQUE,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX projects_acronym ON projects(acronym);
-- A partner is normally an organisation profile. An imported partner whose profile could not be told
-- apart from others (same name and country, no PIC/VAT) keeps `org_id` NULL with its `name` and `pic`
-- until a coordinator links it. `country`/`nuts` are where the partner acts in the project.
CREATE TABLE project_partners (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    pic TEXT,
    role TEXT NOT NULL,
    country TEXT NOT NULL,
    nuts TEXT,
    eu_contribution BIGINT,
    position BIGINT NOT NULL DEFAULT 0,
    UNIQUE (project_id, org_id),
    UNIQUE (project_id, pic)
);
CREATE INDEX project_partners_org ON project_partners(org_id);
CREATE TABLE work_packages (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_on TEXT,
    ends_on TEXT,
    lead_org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX work_packages_project ON work_packages(project_id);
CREATE TABLE project_results (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    url TEXT,
    delivered_on TEXT,
    work_package_id BIGINT REFERENCES work_packages(id) ON DELETE SET NULL,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX project_results_project ON project_results(project_id);
-- Events held as part of a project.
CREATE TABLE project_events (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, event_id)
);
CREATE INDEX project_events_event ON project_events(event_id);

CREATE TABLE meta_clusters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    descriptions TEXT NOT NULL DEFAULT '[]',
    sectors TEXT NOT NULL DEFAULT '[]',
    nace TEXT NOT NULL DEFAULT '[]',
    ecosystems TEXT NOT NULL DEFAULT '[]',
    coordinator_id BIGINT NOT NULL REFERENCES organisations(id),
    status TEXT NOT NULL DEFAULT 'forming',
    website TEXT,
    -- The project the partnership came out of, if any (e.g. Clusters-Cord).
    project_id BIGINT REFERENCES projects(id) ON DELETE SET NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- Members and invitations in one row per cluster: 'invited' → 'member' (accepted) or 'declined';
-- members may later have 'left'.
CREATE TABLE meta_cluster_members (
    meta_cluster_id BIGINT NOT NULL REFERENCES meta_clusters(id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    joined_on TEXT,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    invited_at BIGINT,
    answered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    answered_at BIGINT,
    message TEXT,
    PRIMARY KEY (meta_cluster_id, org_id)
);
CREATE INDEX meta_cluster_members_org ON meta_cluster_members(org_id);
CREATE TABLE meta_cluster_agreements (
    meta_cluster_id BIGINT PRIMARY KEY REFERENCES meta_clusters(id) ON DELETE CASCADE,
    signed_on TEXT,
    place TEXT,
    signatories TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    filename TEXT,
    content_type TEXT,
    size BIGINT,
    data BLOB,
    updated_at BIGINT NOT NULL
);
-- Joint actions: an event, a project or a study visit (an event of that kind), or a described action.
CREATE TABLE meta_cluster_actions (
    id INTEGER PRIMARY KEY,
    meta_cluster_id BIGINT NOT NULL REFERENCES meta_clusters(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    event_id BIGINT REFERENCES events(id) ON DELETE CASCADE,
    project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    happened_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX meta_cluster_actions_meta ON meta_cluster_actions(meta_cluster_id);

-- News posts by exactly one of: an organisation, a project, a meta-cluster. `texts` holds
-- [{lang, title, body}]; `links` holds [{url, label}]. Unpublished posts are drafts.
CREATE TABLE news_posts (
    id INTEGER PRIMARY KEY,
    org_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    meta_cluster_id BIGINT REFERENCES meta_clusters(id) ON DELETE CASCADE,
    texts TEXT NOT NULL,
    links TEXT NOT NULL DEFAULT '[]',
    published_at BIGINT,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((CASE WHEN org_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN project_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN meta_cluster_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX news_posts_published ON news_posts(published_at);
CREATE INDEX news_posts_org ON news_posts(org_id);
CREATE INDEX news_posts_project ON news_posts(project_id);
CREATE INDEX news_posts_meta ON news_posts(meta_cluster_id);
CREATE TABLE news_images (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES news_posts(id) ON DELETE CASCADE,
    caption TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX news_images_post ON news_images(post_id);
