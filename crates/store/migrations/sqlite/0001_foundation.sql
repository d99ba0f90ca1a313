-- Times are Unix seconds (BIGINT) on both backends; lists are JSON arrays in TEXT.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_platform_admin BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    size_class TEXT,
    name TEXT NOT NULL,
    short_name TEXT,
    country TEXT NOT NULL,
    nuts TEXT,
    nace TEXT NOT NULL,
    ecosystems TEXT NOT NULL,
    keywords TEXT NOT NULL,
    website TEXT,
    year_founded INTEGER,
    languages TEXT NOT NULL,
    descriptions TEXT NOT NULL,
    management_fte DOUBLE PRECISION,
    verification TEXT NOT NULL DEFAULT 'unverified',
    verification_note TEXT,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX organisations_verification ON organisations(verification);
CREATE TABLE org_users (
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX org_users_user ON org_users(user_id);
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    accepted_at BIGINT
);
CREATE TABLE cluster_members (
    cluster_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    committed BOOLEAN NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, member_id),
    CHECK (cluster_id <> member_id)
);
CREATE INDEX cluster_members_member ON cluster_members(member_id);
CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_pl TEXT NOT NULL,
    name_bg TEXT NOT NULL
);
CREATE TABLE nuts_regions (
    code TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    level INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX nuts_regions_country ON nuts_regions(country, level);
CREATE TABLE nace_codes (
    code TEXT PRIMARY KEY,
    level INTEGER NOT NULL,
    parent TEXT
);
CREATE TABLE nace_labels (
    code TEXT NOT NULL REFERENCES nace_codes(code) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    includes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, lang)
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_user_id BIGINT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
