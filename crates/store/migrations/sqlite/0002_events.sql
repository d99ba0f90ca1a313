-- Events: conferences, brokerage events, stakeholder meetings, study visits, workshops, webinars and
-- working-group meetings, with agenda, registration, stands, working groups, proposals, live
-- statement voting and reports. Times are Unix seconds (UTC); `timezone` is the IANA zone the event
-- is shown in. Localised texts are JSON arrays of {lang, text}.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    descriptions TEXT NOT NULL DEFAULT '[]',
    project TEXT,
    venue TEXT,
    city TEXT,
    country TEXT,
    nuts TEXT,
    online_url TEXT,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    timezone TEXT NOT NULL,
    date_approximate BOOLEAN NOT NULL DEFAULT FALSE,
    languages TEXT NOT NULL DEFAULT '[]',
    visibility TEXT NOT NULL DEFAULT 'public',
    capacity BIGINT,
    requires_approval BOOLEAN NOT NULL DEFAULT FALSE,
    registration_open BOOLEAN NOT NULL DEFAULT TRUE,
    outcome_note TEXT,
    source_proposal_id BIGINT,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX events_starts ON events(starts_at);
CREATE TABLE event_organisers (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, org_id)
);
CREATE INDEX event_organisers_org ON event_organisers(org_id);

-- Agenda: sessions in rooms (parallel tracks), their speakers and materials.
CREATE TABLE event_sessions (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    room TEXT,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX event_sessions_event ON event_sessions(event_id, starts_at);
CREATE TABLE session_speakers (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES event_sessions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX session_speakers_session ON session_speakers(session_id);
CREATE TABLE session_materials (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES event_sessions(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX session_materials_session ON session_materials(session_id);

-- Registration: the organiser's own fields, then one registration per person and event.
CREATE TABLE registration_fields (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    required BOOLEAN NOT NULL DEFAULT FALSE,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX registration_fields_event ON registration_fields(event_id);
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    attendance TEXT NOT NULL,
    visibility TEXT NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX registrations_event ON registrations(event_id, status, created_at);
CREATE INDEX registrations_user ON registrations(user_id);
-- The private address of a person's calendar feed (read-only, can be replaced).
CREATE TABLE calendar_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- Stands: an organisation presents its offer at an event.
CREATE TABLE event_stands (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    label TEXT,
    offer TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (event_id, org_id)
);

-- Working groups of an event, or of a standing forum run by an organisation.
CREATE TABLE working_groups (
    id INTEGER PRIMARY KEY,
    event_id BIGINT REFERENCES events(id) ON DELETE CASCADE,
    forum_org_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    moderator_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    conclusions TEXT NOT NULL DEFAULT '',
    conclusions_published_at BIGINT,
    position BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CHECK (event_id IS NOT NULL OR forum_org_id IS NOT NULL)
);
CREATE INDEX working_groups_event ON working_groups(event_id);
CREATE TABLE working_group_members (
    group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE working_group_posts (
    id INTEGER PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX working_group_posts_group ON working_group_posts(group_id, created_at);

-- Proposals collected at a stakeholder meeting (pilot-action topics, partner regions to learn
-- from); a proposal can become a study visit (an event of kind study_visit).
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    region TEXT,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    study_visit_id BIGINT REFERENCES events(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX proposals_event ON proposals(event_id);
CREATE TABLE proposal_supports (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
-- The visiting delegation of a study visit: organisations and/or named people.
CREATE TABLE study_visit_delegates (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    name TEXT NOT NULL
);
CREATE INDEX study_visit_delegates_event ON study_visit_delegates(event_id);

-- Live statement voting: one vote per participant and statement, changeable while open.
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    session_id BIGINT REFERENCES event_sessions(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    scale TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    position BIGINT NOT NULL DEFAULT 0,
    opened_at BIGINT,
    closed_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX statements_event ON statements(event_id, position);
CREATE TABLE votes (
    statement_id BIGINT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    value BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (statement_id, user_id)
);

-- The report published after an event: texts in several languages, photos and video links.
CREATE TABLE event_reports (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    bodies TEXT NOT NULL DEFAULT '[]',
    video_links TEXT NOT NULL DEFAULT '[]',
    published_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE TABLE report_photos (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    caption TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX report_photos_event ON report_photos(event_id);
