-- The decision letter of a case, as a document in the vault (its id).
-- Deleting the document unlinks it; the case keeps its decision date.
ALTER TABLE case_item ADD COLUMN letter_id TEXT REFERENCES document (id) ON DELETE SET NULL;
