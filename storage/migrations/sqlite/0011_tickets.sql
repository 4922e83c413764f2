-- Bicara dengan petugas: a conversation handed to a person. One open ticket per account; every message of
-- it sealed (it carries what people tell officers), the area it goes to, and its clock (first reply,
-- escalation, closing, the user's rating).

CREATE TABLE ticket (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    topic           TEXT NOT NULL,
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL DEFAULT '',
    kelurahan       TEXT NOT NULL DEFAULT '',
    claim_reference TEXT,
    status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    outcome         TEXT,
    rating          INTEGER,
    locale          TEXT,
    created_at      TEXT NOT NULL,
    first_reply_at  TEXT,
    escalated_at    TEXT,
    closed_at       TEXT
);
CREATE UNIQUE INDEX ticket_one_open ON ticket (channel, user_key) WHERE status = 'open';
CREATE INDEX ticket_area ON ticket (city, kecamatan, kelurahan, status);

CREATE TABLE ticket_message (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER NOT NULL REFERENCES ticket (id),
    author          TEXT NOT NULL,          -- user | officer:<id> | cli:<name>
    sealed          BLOB NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX ticket_message_of ON ticket_message (ticket_id, id);
