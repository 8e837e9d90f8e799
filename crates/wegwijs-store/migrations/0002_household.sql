-- Facts a plan depends on. NULL means the person did not say, which the
-- guidance treats as "check whether this applies", not as "no".
ALTER TABLE person ADD COLUMN partner INTEGER CHECK (partner IN (0, 1));
ALTER TABLE person ADD COLUMN employment TEXT;

-- A person's children, by birth date only: enough for signals (turning 18)
-- and plans. Named household members arrive with representation.
CREATE TABLE child (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    birth_date TEXT NOT NULL
) STRICT;

CREATE INDEX child_parent ON child (parent_id);
