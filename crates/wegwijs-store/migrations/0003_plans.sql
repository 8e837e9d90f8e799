-- Plans a person keeps: an event and its date. Task deadlines are not
-- stored: they are computed from the catalogue each time, so a corrected
-- date or catalogue moves every deadline.
CREATE TABLE plan (
    id         INTEGER PRIMARY KEY,
    event      TEXT NOT NULL,
    event_date TEXT NOT NULL,  -- ISO 8601 calendar date
    created_at TEXT NOT NULL
) STRICT;

-- What the person did with each task, by the task's stable id.
CREATE TABLE plan_task (
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    task_id TEXT NOT NULL,
    done_at TEXT,              -- RFC 3339 timestamp, NULL while open
    note    TEXT,
    PRIMARY KEY (plan_id, task_id)
) STRICT;
