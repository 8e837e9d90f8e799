-- One identity per person. Until now a child was a birth date on the
-- profile (table child), and a document named its owner by position
-- ('child-1' the eldest; adding an older child moved every document to
-- another child) or as 'person-<id>'. Now every child is a person of the
-- household (relation 'child') and a document's owner is a person id, NULL
-- for the device owner's own.

-- The old order of child-N: by birth date (twins by their row).
CREATE TEMP TABLE child_person AS
SELECT n, birth_date, (SELECT COALESCE(MAX(id), 0) FROM person) + n AS person_id
FROM (
    SELECT ROW_NUMBER() OVER (ORDER BY c.birth_date, c.id) AS n, c.birth_date
    FROM child c JOIN person p ON p.id = c.parent_id AND p.is_me = 1
);

-- They had no name; one in the language chosen then, to be changed on the
-- People page.
INSERT INTO person (id, is_me, name, birth_date, residence_country, relation, updated_at)
SELECT person_id, 0,
       CASE (SELECT value FROM setting WHERE key = 'language')
           WHEN 'en' THEN 'Child ' ELSE 'Kind ' END || n,
       birth_date, '', 'child', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM child_person ORDER BY n;

-- The device owner reached these children's documents as their own. The
-- app records parental authority for those still under 18 on its next
-- opening, through the audit log (whose hashes are computed in Rust), and
-- then empties this table.
CREATE TABLE adopted_child (
    person_id INTEGER PRIMARY KEY REFERENCES person (id)
) STRICT;
INSERT INTO adopted_child (person_id) SELECT person_id FROM child_person;

-- No foreign key on purpose: a document whose owner is unknown belongs to
-- no one the app can act for, rather than falling back to the owner.
ALTER TABLE document ADD COLUMN owner_id INTEGER;
UPDATE document SET owner_id = CASE
    WHEN owner GLOB 'person-[0-9]*' THEN CAST(substr(owner, 8) AS INTEGER)
    WHEN owner GLOB 'child-[0-9]*' THEN
        (SELECT person_id FROM child_person WHERE 'child-' || n = document.owner)
    ELSE NULL
END;
ALTER TABLE document DROP COLUMN owner;
CREATE INDEX document_owner ON document (owner_id);

-- Notifications already shown stay shown: their keys named the subject.
UPDATE notified_signal SET key = (
    SELECT replace(notified_signal.key, '/child-' || n || '/', '/person-' || person_id || '/')
    FROM child_person
    WHERE instr(notified_signal.key, '/child-' || n || '/') > 0
)
WHERE EXISTS (
    SELECT 1 FROM child_person WHERE instr(notified_signal.key, '/child-' || n || '/') > 0
);

DROP TABLE child;
DROP TABLE child_person;
