-- Safe to run in a city hall: a value sealed with the secret key at first start, so a wrong
-- KAWAN_SECRET_KEY is refused before it reads every NIK as unknown; conversations that could not be read,
-- kept aside for the operator (still sealed) while their users start afresh.

CREATE TABLE key_check (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    sealed          BLOB NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE conversation_set_aside (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    state           TEXT,
    draft           BLOB,
    memo            BLOB,
    reason          TEXT NOT NULL,
    set_aside_at    TEXT NOT NULL
);
