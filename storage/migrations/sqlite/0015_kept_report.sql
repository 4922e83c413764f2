-- An accident report kept unfinished in a conversation (conversations.paused) while its 2×24 hours to report at the
-- branch run: the outreach planner reminds the user before they end. One per chat account; the row goes when the
-- report is continued, dropped or replaced. The report itself stays sealed in the conversation.

CREATE TABLE kept_report (
    channel TEXT NOT NULL,
    user_key TEXT NOT NULL,
    deadline TEXT NOT NULL,
    zone TEXT NOT NULL,
    PRIMARY KEY (channel, user_key)
);
CREATE INDEX kept_report_deadline ON kept_report (deadline);
