-- The legal date an action on someone's behalf was decided on, recorded
-- with the entry (and covered by its hash, "v2"). Entries written before
-- have none.
ALTER TABLE audit_entry ADD COLUMN decided_on TEXT;
