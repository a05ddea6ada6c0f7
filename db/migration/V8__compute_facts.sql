-- Compute facts (SEMANTICS.md part 2): how a claim's compute was done, as sources state it, and one chip's peak for
-- each piece of hardware, with the source of the peak. GPU-hours derived from chips x hours are never stored: they
-- are computed when read, so that the export and history write only what a bundle gave.
ALTER TABLE claim ADD COLUMN chip_count INTEGER;
ALTER TABLE claim ADD COLUMN duration_hours NUMERIC(14, 4);
ALTER TABLE claim ADD COLUMN training_compute_flop NUMERIC(40, 2);
ALTER TABLE claim ADD CONSTRAINT ck_claim_chip_count CHECK (chip_count > 0);
ALTER TABLE claim ADD CONSTRAINT ck_claim_duration_hours CHECK (duration_hours > 0);
ALTER TABLE claim ADD CONSTRAINT ck_claim_training_compute CHECK (training_compute_flop > 0);
-- sources quote hourly rates to the millionth of a dollar ("$2.933908 per hour")
ALTER TABLE claim ALTER COLUMN rate_usd_per_gpu_hour SET DATA TYPE NUMERIC(16, 6);
-- a load that changes hardware, its peak or its rates refreshes the flags of the claims on that hardware
CREATE INDEX ix_claim_hardware ON claim (hardware_id);
-- a claim carries an amount, or GPU-hours (stated, or chips x hours) with hardware
ALTER TABLE claim DROP CONSTRAINT ck_claim_has_figure;
ALTER TABLE claim ADD CONSTRAINT ck_claim_has_figure CHECK (amount_low_usd IS NOT NULL OR amount_high_usd IS NOT NULL
    OR gpu_hours IS NOT NULL OR (chip_count IS NOT NULL AND duration_hours IS NOT NULL AND hardware_id IS NOT NULL));

ALTER TABLE hardware ADD COLUMN peak_flops_per_second NUMERIC(30, 2);
ALTER TABLE hardware ADD COLUMN peak_flops_source_id BIGINT;
ALTER TABLE hardware ADD CONSTRAINT ck_hardware_peak_flops CHECK (peak_flops_per_second > 0);
ALTER TABLE hardware ADD CONSTRAINT fk_hardware_peak_flops_source FOREIGN KEY (peak_flops_source_id) REFERENCES source (id);
CREATE INDEX ix_hardware_peak_flops_source ON hardware (peak_flops_source_id);

-- the two flags of part 2; flags are derived: the flag-rules check recomputes them all at the next start-up
ALTER TABLE claim_flag DROP CONSTRAINT ck_claim_flag_code;
ALTER TABLE claim_flag ADD CONSTRAINT ck_claim_flag_code CHECK (code IN ('UNSTATED_EXCLUSIONS', 'MISSING_CATEGORIES',
    'SCOPE_DRIFT', 'MISATTRIBUTED_MODEL', 'ARITHMETIC_MISMATCH', 'CITATION_MISMATCH', 'IMPLAUSIBLE_COMPUTE',
    'CONFLICTING_ESTIMATES'));
