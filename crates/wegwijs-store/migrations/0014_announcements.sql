-- Official announcements near an address. Off until the person turns it
-- on: then one row says where (the point the address was found at, not
-- the lookup) and how far around, and how the last check went.
CREATE TABLE announce_watch (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    address     TEXT NOT NULL,             -- as the Locatieserver wrote it
    lat         REAL NOT NULL,
    lon         REAL NOT NULL,
    radius_m    INTEGER NOT NULL CHECK (radius_m BETWEEN 125 AND 3000),
    enabled_at  TEXT NOT NULL,             -- RFC 3339
    checked_on  TEXT,                      -- YYYY-MM-DD, last complete check
    tried_at    TEXT,                      -- RFC 3339, last attempt
    error       TEXT,                      -- message id of the last failure
    last_new    INTEGER NOT NULL DEFAULT 0 -- how many the last check found
) STRICT;

-- What the checks found within the radius, each identifier once. `read`
-- is the person's; the rest is the service's, refreshed by each check.
CREATE TABLE announcement (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    kind         TEXT,
    organisation TEXT,
    published    TEXT,                     -- YYYY-MM-DD
    distance_m   REAL,                     -- NULL: only a municipality
    east_m       REAL,
    north_m      REAL,
    url          TEXT,
    respond_by   TEXT,                     -- YYYY-MM-DD
    read         INTEGER NOT NULL DEFAULT 0,
    found_at     TEXT NOT NULL             -- RFC 3339, the check that found it
) STRICT;
