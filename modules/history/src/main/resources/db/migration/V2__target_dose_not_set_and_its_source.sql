-- A muscle just added has no dose yet ("dose needed"), which is not the same as 0 U: units may be NULL.
ALTER TABLE target ALTER COLUMN units SET NULL;

-- Where a dose was taken from when the clinician did not type it (a pattern's guide), or '' once set.
ALTER TABLE target ADD COLUMN dose_source VARCHAR(400) NOT NULL DEFAULT '';

-- Before this version a pattern's guide label was written into the target's notes, which are for the
-- therapist and the injector: move it to where the dose came from.
UPDATE target SET dose_source = notes, notes = '' WHERE notes LIKE 'Guide, not a label:%';
