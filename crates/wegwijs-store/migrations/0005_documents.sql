-- The document vault's metadata. The bytes live in encrypted blobs
-- (vault/<id>.blob); a row is committed only after its blob is durably in
-- place, so every row has a blob. Deleting the row destroys the wrapped key
-- and so the document.
CREATE TABLE document (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    -- 'me' or 'child-<child.id>'; a person of the household.
    owner       TEXT NOT NULL DEFAULT 'me',
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    blake3      BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    issued      TEXT,
    expires     TEXT,
    added_at    TEXT NOT NULL
) STRICT;

CREATE INDEX document_expires ON document (expires) WHERE expires IS NOT NULL;

CREATE TABLE document_tag (
    document_seq INTEGER NOT NULL REFERENCES document (seq) ON DELETE CASCADE,
    tag          TEXT NOT NULL,
    PRIMARY KEY (document_seq, tag)
) STRICT;

CREATE TABLE document_event (
    document_seq INTEGER NOT NULL REFERENCES document (seq) ON DELETE CASCADE,
    event_id     TEXT NOT NULL,
    PRIMARY KEY (document_seq, event_id)
) STRICT;

-- Full-text search over title, tags and extracted text: case- and
-- diacritics-insensitive (één = een), with prefix indexes so that "pas"
-- finds "paspoort" quickly. rowid = document.seq.
CREATE VIRTUAL TABLE document_fts USING fts5 (
    title, tags, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
