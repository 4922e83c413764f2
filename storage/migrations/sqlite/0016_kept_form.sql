-- Every form kept unfinished in a conversation (conversations.paused), not only an accident report within its
-- 2×24 hours: a death claim or an RT head's proposal left half-way is reminded too, a day after it was left and
-- on the last day it is kept. One per chat account and flow; the row goes when the form is continued, dropped or
-- replaced, and when it is no longer kept. The form itself stays sealed in the conversation.

CREATE TABLE kept_form (
    channel TEXT NOT NULL,
    user_key TEXT NOT NULL,
    flow TEXT NOT NULL,
    left_at TEXT NOT NULL,
    deadline TEXT,
    zone TEXT NOT NULL,
    PRIMARY KEY (channel, user_key, flow)
);
CREATE INDEX kept_form_deadline ON kept_form (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX kept_form_left ON kept_form (left_at) WHERE deadline IS NULL;

INSERT INTO kept_form (channel, user_key, flow, left_at, deadline, zone)
    SELECT channel, user_key, 'accident', deadline, deadline, zone FROM kept_report;
DROP TABLE kept_report;
