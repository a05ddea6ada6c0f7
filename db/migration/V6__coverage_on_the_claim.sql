-- A claim's stated coverage is also kept on the claim row, as two sets of category ids (bit n set: the category with
-- id n), so that a page of claims is read with its coverage in one statement (docs/PERFORMANCE.md, "SQL").
-- claim_coverage stays the record that filters and the history read; the write path keeps both in the same
-- transaction (io.costledger.bundle.ItemWriter), and CoverageMaskTest checks that they agree.
ALTER TABLE cost_category ADD CONSTRAINT ck_cost_category_id_bit CHECK (id BETWEEN 0 AND 62);
ALTER TABLE claim ADD COLUMN included_mask BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE claim ADD COLUMN excluded_mask BIGINT DEFAULT 0 NOT NULL;
UPDATE claim SET
    included_mask = COALESCE((SELECT SUM(CAST(POWER(2, cc.category_id) AS BIGINT)) FROM claim_coverage cc
                              WHERE cc.claim_id = claim.id AND cc.coverage = 'INCLUDED'), 0),
    excluded_mask = COALESCE((SELECT SUM(CAST(POWER(2, cc.category_id) AS BIGINT)) FROM claim_coverage cc
                              WHERE cc.claim_id = claim.id AND cc.coverage = 'EXCLUDED'), 0);
