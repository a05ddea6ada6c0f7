-- SEMANTICS.md part 3: owning instead of renting, dates as precise as their sources, how a quote was checked.

-- Dates with their precision: the text as given (YYYY, YYYY-MM or YYYY-MM-DD) is the date; the *_on column beside
-- it keeps the date's rule day (a month's 15th, a year's 1 July), the one day every rule, filter and order uses.
-- Every date stored so far was a full day: its text is its ISO form and its rule day itself.
ALTER TABLE model ADD COLUMN released VARCHAR(10);
ALTER TABLE source ADD COLUMN published VARCHAR(10);
ALTER TABLE claim ADD COLUMN stated VARCHAR(10);
UPDATE model SET released = TO_CHAR(released_on, 'YYYY-MM-DD') WHERE released_on IS NOT NULL;
UPDATE source SET published = TO_CHAR(published_on, 'YYYY-MM-DD') WHERE published_on IS NOT NULL;
UPDATE claim SET stated = TO_CHAR(stated_on, 'YYYY-MM-DD') WHERE stated_on IS NOT NULL;
ALTER TABLE model ADD CONSTRAINT ck_model_released CHECK ((released IS NULL) = (released_on IS NULL));
ALTER TABLE source ADD CONSTRAINT ck_source_published CHECK ((published IS NULL) = (published_on IS NULL));
ALTER TABLE claim ADD CONSTRAINT ck_claim_stated CHECK ((stated IS NULL) = (stated_on IS NULL));

-- How a quote was checked, and purchase prices stated as claims
ALTER TABLE claim ADD COLUMN quote_check VARCHAR(16) DEFAULT 'UNCHECKED' NOT NULL;
ALTER TABLE claim ADD CONSTRAINT ck_claim_quote_check
    CHECK (quote_check IN ('PUBLISHER_TEXT', 'FULL_COPY', 'QUOTED_BY_OTHERS', 'UNCHECKED'));
ALTER TABLE claim ADD COLUMN capital_expense BOOLEAN DEFAULT FALSE NOT NULL;

-- Organizations that train in hyperscale data centres of their own (PUE 1.1)
ALTER TABLE organization ADD COLUMN hyperscale BOOLEAN DEFAULT FALSE NOT NULL;

-- What the amortized method knows of a chip; a factor left empty takes its default when read
ALTER TABLE hardware ADD COLUMN kind VARCHAR(3);
ALTER TABLE hardware ADD COLUMN tdp_watts NUMERIC(10, 2);
ALTER TABLE hardware ADD COLUMN server_power_factor NUMERIC(8, 4);
ALTER TABLE hardware ADD COLUMN server_cost_factor NUMERIC(8, 4);
ALTER TABLE hardware ADD CONSTRAINT ck_hardware_kind CHECK (kind IN ('GPU', 'TPU'));
ALTER TABLE hardware ADD CONSTRAINT ck_hardware_tdp_watts CHECK (tdp_watts > 0);
ALTER TABLE hardware ADD CONSTRAINT ck_hardware_server_power_factor CHECK (server_power_factor > 0);
ALTER TABLE hardware ADD CONSTRAINT ck_hardware_server_cost_factor CHECK (server_cost_factor > 0);

-- A purchase price of one chip, named by hardware/pricedOn/basis/usdPerChip
CREATE SEQUENCE hardware_price_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE hardware_price (
    id           BIGINT         NOT NULL PRIMARY KEY,
    hardware_id  BIGINT         NOT NULL,
    usd_per_chip NUMERIC(14, 2) NOT NULL,
    priced_on    DATE           NOT NULL,
    basis        VARCHAR(16)    NOT NULL,
    source_id    BIGINT,
    note         VARCHAR(1000),
    CONSTRAINT uq_hardware_price UNIQUE (hardware_id, priced_on, basis, usd_per_chip),
    CONSTRAINT ck_hardware_price_basis CHECK (basis IN ('SERVER_SHARE', 'CHIP')),
    CONSTRAINT ck_hardware_price_positive CHECK (usd_per_chip > 0),
    CONSTRAINT fk_hardware_price_hardware FOREIGN KEY (hardware_id) REFERENCES hardware (id),
    CONSTRAINT fk_hardware_price_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_hardware_price_source ON hardware_price (source_id);

-- The electricity price of a year, named by its year (price_year: YEAR is a keyword of H2)
CREATE SEQUENCE electricity_price_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE electricity_price (
    id          BIGINT         NOT NULL PRIMARY KEY,
    price_year  INTEGER        NOT NULL,
    usd_per_kwh NUMERIC(10, 6) NOT NULL,
    source_id   BIGINT,
    CONSTRAINT uq_electricity_price_year UNIQUE (price_year),
    CONSTRAINT ck_electricity_price_year CHECK (price_year BETWEEN 1 AND 9999),
    CONSTRAINT ck_electricity_price_positive CHECK (usd_per_kwh > 0),
    CONSTRAINT fk_electricity_price_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_electricity_price_source ON electricity_price (source_id);

-- history keeps the two new kinds of item
ALTER TABLE ledger_revision DROP CONSTRAINT ck_ledger_revision_kind;
ALTER TABLE ledger_revision ADD CONSTRAINT ck_ledger_revision_kind CHECK (kind IN ('ORGANIZATION', 'MODEL', 'HARDWARE',
    'SOURCE', 'HARDWARE_RATE', 'CLAIM', 'HARDWARE_PRICE', 'ELECTRICITY_PRICE'));
