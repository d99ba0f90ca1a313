-- The cooperation marketplace (offers, requests, partner searches) with follows, comments and
-- expressions of interest; in-app notifications; stored embeddings of profile texts for the
-- matchmaking engine and dismissed partner suggestions. Lists are JSON text arrays, calendar dates
-- ISO 'YYYY-MM-DD' text, instants unix seconds.

-- A cooperation profile belongs to an organisation. Lifecycle: draft -> submitted -> published
-- (after review by a platform or cluster administrator) -> expired (on `expires_on`, renewable) or
-- withdrawn. `texts` holds [{lang, title, summary, description}], one entry per language.
CREATE TABLE cooperation_profiles (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    texts TEXT NOT NULL DEFAULT '[]',
    nace TEXT NOT NULL DEFAULT '[]',
    keywords TEXT NOT NULL DEFAULT '[]',
    target_countries TEXT NOT NULL DEFAULT '[]',
    target_regions TEXT NOT NULL DEFAULT '[]',
    partner_kinds TEXT NOT NULL DEFAULT '[]',
    partner_roles TEXT NOT NULL DEFAULT '[]',
    deadline TEXT,
    submitted_at BIGINT,
    published_at BIGINT,
    expires_on TEXT,
    reviewed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    review_note TEXT,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX cooperation_profiles_org ON cooperation_profiles(org_id);
CREATE INDEX cooperation_profiles_status ON cooperation_profiles(status, expires_on);

CREATE TABLE profile_follows (
    profile_id BIGINT NOT NULL REFERENCES cooperation_profiles(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (profile_id, user_id)
);
CREATE INDEX profile_follows_user ON profile_follows(user_id);

CREATE TABLE profile_comments (
    id INTEGER PRIMARY KEY,
    profile_id BIGINT NOT NULL REFERENCES cooperation_profiles(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX profile_comments_profile ON profile_comments(profile_id);

-- "Express interest": one per user and profile, optionally on behalf of one of their organisations.
CREATE TABLE profile_interests (
    id INTEGER PRIMARY KEY,
    profile_id BIGINT NOT NULL REFERENCES cooperation_profiles(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    message TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (profile_id, user_id)
);

-- In-app notifications. `kind` selects the translated sentence, `params` (a JSON object of strings)
-- fills it, `link` is a local path.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    link TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_user ON notifications(user_id, read_at);

-- Embeddings of the texts the matchmaking engine compares: `subject` is 'org:12', 'profile:7' or
-- 'nace:62.01', `lang` the text's language ('' when unknown). `text_hash` tells a stale vector from a
-- current one; `model` names the model that made it. `vector` is little-endian f32.
CREATE TABLE embeddings (
    subject TEXT NOT NULL,
    lang TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (subject, lang)
);

-- A suggestion someone with rights over the subject ('org:12', 'profile:7') does not want to see
-- again; `candidate` is in the same form.
CREATE TABLE suggestion_dismissals (
    subject TEXT NOT NULL,
    candidate TEXT NOT NULL,
    dismissed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (subject, candidate)
);
