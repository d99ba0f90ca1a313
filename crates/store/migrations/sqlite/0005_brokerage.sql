-- Brokerage events: pre-scheduled one-to-one (B2B) meetings on an event. The organiser sets up
-- sessions cut into slots, tables and rules; participants describe what they offer and seek, mark
-- the slots they cannot attend and request meetings; accepted requests are meetings, which the
-- scheduler places in a slot at a table. Instants are unix seconds, lists JSON text arrays.

CREATE TABLE brokerage_settings (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    -- Shared meeting tables (booths of exhibitors come on top).
    tables_count BIGINT NOT NULL,
    -- At most this many meetings per participant (NULL: no cap).
    max_meetings BIGINT,
    booking_opens_at BIGINT,
    booking_closes_at BIGINT,
    -- needs_acceptance or auto_accept.
    request_mode TEXT NOT NULL,
    -- The participant types of this event, e.g. ["buyer", "seller"].
    participant_types TEXT NOT NULL DEFAULT '[]',
    -- Participants of the same type may not meet (buyers meet sellers only).
    only_across_types BOOLEAN NOT NULL DEFAULT FALSE,
    -- When the schedule was last published to the participants.
    published_at BIGINT,
    -- The report of the last scheduler run (JSON).
    last_run TEXT,
    updated_at BIGINT NOT NULL
);

-- A B2B session: a stretch of time cut into slots of `slot_minutes`, minus its breaks
-- (JSON [{"starts_at": s, "ends_at": e}], e.g. lunch).
CREATE TABLE brokerage_sessions (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    slot_minutes BIGINT NOT NULL,
    breaks TEXT NOT NULL DEFAULT '[]',
    CHECK (ends_at > starts_at),
    CHECK (slot_minutes > 0)
);
CREATE INDEX brokerage_sessions_event ON brokerage_sessions(event_id, starts_at);

-- A person taking part in the meetings of an event, with their brokerage profile.
CREATE TABLE brokerage_participants (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    participant_type TEXT,
    offer TEXT NOT NULL DEFAULT '',
    seek TEXT NOT NULL DEFAULT '',
    -- Linked marketplace profiles (ids).
    profile_ids TEXT NOT NULL DEFAULT '[]',
    -- onsite or online.
    attendance TEXT NOT NULL,
    -- An exhibitor's own booth, fixed by the organiser: their meetings take place there.
    booth TEXT,
    -- Start instants of the slots the person cannot attend.
    unavailable TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX brokerage_participants_user ON brokerage_participants(user_id);

-- "Never schedule me with X".
CREATE TABLE brokerage_blocks (
    participant_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (participant_id, blocked_id)
);

-- A meeting request; once accepted it is a meeting, which the scheduler places (slot_start,
-- table_no; NULL table for online meetings and meetings at a booth). `low_id`/`high_id` are the
-- two participants in order, so one pair has at most one open request.
CREATE TABLE brokerage_requests (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    requester_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    recipient_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    low_id BIGINT NOT NULL,
    high_id BIGINT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    -- must_meet or nice_to_meet.
    priority TEXT NOT NULL,
    -- pending, accepted, declined, cancelled.
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    slot_start BIGINT,
    table_no BIGINT,
    -- The organiser fixed this placement: re-scheduling keeps it.
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    -- The placement was published: re-scheduling keeps it unless it cannot stay.
    published BOOLEAN NOT NULL DEFAULT FALSE,
    -- After the event: no_show, held, follow_up or agreement.
    outcome TEXT,
    outcome_note TEXT,
    CHECK (requester_id <> recipient_id)
);
CREATE INDEX brokerage_requests_event ON brokerage_requests(event_id, status);
CREATE UNIQUE INDEX brokerage_requests_open_pair ON brokerage_requests(event_id, low_id, high_id)
    WHERE status IN ('pending', 'accepted');
