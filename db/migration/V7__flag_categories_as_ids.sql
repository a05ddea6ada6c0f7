-- A flag's categories as a set of category ids (bit n: the category with id n, as a claim's coverage since V6), in
-- place of an array of codes: a page's flags are read without building an array per flag. Flags are derived: they are
-- deleted here and recomputed at the next start-up (the flag-rules check finds no record of the rules they follow).
DELETE FROM claim_flag;
ALTER TABLE claim_flag DROP COLUMN categories;
ALTER TABLE claim_flag ADD COLUMN categories_mask BIGINT NOT NULL;
DELETE FROM ledger_state WHERE name = 'flags.basis';
