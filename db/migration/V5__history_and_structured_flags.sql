-- Nothing loaded is ever lost (docs/HISTORY.md): every committed load is numbered and recorded, and every item it
-- created, updated or retracted is kept as a revision, with the item as the export writes it.

CREATE TABLE ledger_load (
    number    INTEGER                  NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by VARCHAR(200)             NOT NULL,
    created   INTEGER                  NOT NULL,
    updated   INTEGER                  NOT NULL,
    unchanged INTEGER                  NOT NULL,
    retracted INTEGER                  NOT NULL,
    CONSTRAINT ck_ledger_load_number CHECK (number > 0),
    CONSTRAINT ck_ledger_load_counts CHECK (created >= 0 AND updated >= 0 AND unchanged >= 0 AND retracted >= 0)
);

CREATE TABLE ledger_revision (
    load_number INTEGER          NOT NULL,
    position    INTEGER          NOT NULL,
    kind        VARCHAR(32)      NOT NULL,
    item_key    VARCHAR(1000)    NOT NULL,
    change      VARCHAR(16)      NOT NULL,
    -- the item as the export writes it after the change (JSON); null for a retraction
    item        VARCHAR(1000000),
    -- the changed fields: a JSON array of {field, before, after}, each value as the bundle writes it
    fields      VARCHAR(1000000) NOT NULL,
    reason      VARCHAR(2000),
    CONSTRAINT pk_ledger_revision PRIMARY KEY (load_number, position),
    CONSTRAINT fk_ledger_revision_load FOREIGN KEY (load_number) REFERENCES ledger_load (number),
    CONSTRAINT ck_ledger_revision_kind CHECK (kind IN ('ORGANIZATION', 'MODEL', 'HARDWARE', 'SOURCE', 'HARDWARE_RATE', 'CLAIM')),
    CONSTRAINT ck_ledger_revision_change CHECK (change IN ('CREATED', 'UPDATED', 'RETRACTED')),
    CONSTRAINT ck_ledger_revision_item CHECK ((change = 'RETRACTED') = (item IS NULL))
);
CREATE INDEX ix_ledger_revision_item ON ledger_revision (kind, item_key, load_number);

-- A flag's categories as a typed array rather than text joined with commas. Flags are derived: they are deleted here
-- and recomputed at the next start-up (the flag-rules check finds no record of the rules they follow).
DELETE FROM claim_flag;
ALTER TABLE claim_flag DROP COLUMN categories;
ALTER TABLE claim_flag ADD COLUMN categories VARCHAR(64) ARRAY NOT NULL;
DELETE FROM ledger_state WHERE name = 'flags.basis';
