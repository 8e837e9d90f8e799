-- One identity per person. Until now a child was a birth date on the
-- profile (table child), and a document named its owner by position
-- ('child-1' the eldest; adding an older child moved every document to
-- another child) or as 'person-<id>'. Now every child is a person of the
-- household (relation 'child') and a document's owner is a person id, NULL
-- for the device owner's own.

-- The old order of child-N: by birth date (twins by their row).
CREATE TEMP TABLE child_profile AS
SELECT ROW_NUMBER() OVER (ORDER BY c.birth_date, c.id) AS n, c.birth_date
FROM child c JOIN person p ON p.id = c.parent_id AND p.is_me = 1;

-- A child entered on the profile and also under People (to act for them)
-- is one person: the one under People, when exactly one there has that
-- birth date and exactly one profile child has it. The others become new
-- people, numbered after everyone there is.
CREATE TEMP TABLE child_person AS
SELECT n, birth_date,
       (SELECT q.id FROM person q
        WHERE q.is_me = 0 AND q.relation = 'child' AND q.birth_date = cp.birth_date
          AND (SELECT COUNT(*) FROM person r
               WHERE r.is_me = 0 AND r.relation = 'child' AND r.birth_date = cp.birth_date) = 1
          AND (SELECT COUNT(*) FROM child_profile x WHERE x.birth_date = cp.birth_date) = 1
       ) AS existing,
       (SELECT COALESCE(MAX(id), 0) FROM person) + n AS fresh
FROM child_profile cp;

-- They had no name; one in the language chosen then, to be changed on the
-- People page.
INSERT INTO person (id, is_me, name, birth_date, residence_country, relation, updated_at)
SELECT fresh, 0,
       CASE (SELECT value FROM setting WHERE key = 'language')
           WHEN 'en' THEN 'Child ' ELSE 'Kind ' END || n,
       birth_date, '', 'child', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM child_person WHERE existing IS NULL ORDER BY n;

-- Which person child-N became: for restoring backups made before.
CREATE TABLE profile_child (
    n         INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id)
) STRICT;
INSERT INTO profile_child (n, person_id)
SELECT n, COALESCE(existing, fresh) FROM child_person;

-- The device owner reached these children's documents as their own. The
-- app records parental authority over each on its next opening (unless
-- one is recorded already), through the audit log (whose hashes are
-- computed in Rust), and then empties this table.
CREATE TABLE adopted_child (
    person_id INTEGER PRIMARY KEY REFERENCES person (id)
) STRICT;
INSERT INTO adopted_child (person_id) SELECT person_id FROM profile_child;

-- No foreign key on purpose: an owner that is no one (-1) belongs to no
-- one the app can act for. 'person-N' of a person that does not exist
-- becomes that, rather than going to whoever gets id N later. A 'child-N'
-- whose child was taken off the profile stays the owner's, as the owner
-- saw it before.
ALTER TABLE document ADD COLUMN owner_id INTEGER;
UPDATE document SET owner_id = CASE
    WHEN owner GLOB 'person-[0-9]*' THEN
        COALESCE((SELECT id FROM person WHERE is_me = 0
                  AND id = CAST(substr(document.owner, 8) AS INTEGER)), -1)
    WHEN owner GLOB 'child-[0-9]*' THEN
        (SELECT person_id FROM profile_child WHERE 'child-' || n = document.owner)
    ELSE NULL
END;
ALTER TABLE document DROP COLUMN owner;
CREATE INDEX document_owner ON document (owner_id);

-- Notifications already shown stay shown: their keys named the subject.
UPDATE notified_signal SET key = (
    SELECT replace(notified_signal.key, '/child-' || n || '/', '/person-' || person_id || '/')
    FROM profile_child
    WHERE instr(notified_signal.key, '/child-' || n || '/') > 0
)
WHERE EXISTS (
    SELECT 1 FROM profile_child WHERE instr(notified_signal.key, '/child-' || n || '/') > 0
);

DROP TABLE child;
DROP TABLE child_person;
DROP TABLE child_profile;
