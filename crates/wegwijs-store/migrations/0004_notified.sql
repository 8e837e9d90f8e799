-- Signals already shown as an OS notification, so each is shown once.
CREATE TABLE notified_signal (
    key         TEXT PRIMARY KEY,  -- event, subject and date
    notified_at TEXT NOT NULL
) STRICT;
