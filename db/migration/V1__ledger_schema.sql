-- Cost Ledger schema. Runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
-- Hibernate validates against it and never generates. Sequences step by 50 to match Hibernate's pooled ids.

CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE model_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE hardware_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE hardware_rate_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE cost_category (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    position    INTEGER       NOT NULL,
    CONSTRAINT uq_cost_category_code UNIQUE (code),
    CONSTRAINT uq_cost_category_position UNIQUE (position),
    CONSTRAINT ck_cost_category_position CHECK (position > 0)
);

CREATE TABLE cost_scope (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    position    INTEGER       NOT NULL,
    CONSTRAINT uq_cost_scope_code UNIQUE (code),
    CONSTRAINT uq_cost_scope_position UNIQUE (position)
);

CREATE TABLE cost_scope_category (
    scope_id    BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    CONSTRAINT pk_cost_scope_category PRIMARY KEY (scope_id, category_id),
    CONSTRAINT fk_cost_scope_category_scope FOREIGN KEY (scope_id) REFERENCES cost_scope (id),
    CONSTRAINT fk_cost_scope_category_category FOREIGN KEY (category_id) REFERENCES cost_category (id)
);

CREATE TABLE organization (
    id      BIGINT       NOT NULL PRIMARY KEY,
    key     VARCHAR(200) NOT NULL,
    name    VARCHAR(500) NOT NULL,
    country VARCHAR(100),
    CONSTRAINT uq_organization_key UNIQUE (key),
    CONSTRAINT ck_organization_key CHECK (key <> ''),
    CONSTRAINT ck_organization_name CHECK (name <> '')
);

CREATE TABLE model (
    id              BIGINT       NOT NULL PRIMARY KEY,
    key             VARCHAR(200) NOT NULL,
    name            VARCHAR(500) NOT NULL,
    organization_id BIGINT       NOT NULL,
    released_on     DATE,
    base_model_id   BIGINT,
    CONSTRAINT uq_model_key UNIQUE (key),
    -- lets claim carry a foreign key that pins a claim's organization to its model's
    CONSTRAINT uq_model_organization UNIQUE (id, organization_id),
    CONSTRAINT ck_model_key CHECK (key <> ''),
    CONSTRAINT ck_model_name CHECK (name <> ''),
    CONSTRAINT ck_model_not_own_base CHECK (base_model_id <> id),
    CONSTRAINT fk_model_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_model_base_model FOREIGN KEY (base_model_id) REFERENCES model (id)
);
CREATE INDEX ix_model_organization ON model (organization_id);
CREATE INDEX ix_model_base_model ON model (base_model_id);

CREATE TABLE source (
    id           BIGINT        NOT NULL PRIMARY KEY,
    key          VARCHAR(200)  NOT NULL,
    title        VARCHAR(1000) NOT NULL,
    url          VARCHAR(2000),
    publisher    VARCHAR(500),
    published_on DATE,
    kind         VARCHAR(32)   NOT NULL,
    CONSTRAINT uq_source_key UNIQUE (key),
    CONSTRAINT ck_source_key CHECK (key <> ''),
    CONSTRAINT ck_source_title CHECK (title <> ''),
    CONSTRAINT ck_source_kind CHECK (kind IN ('PRIMARY_DISCLOSURE', 'COMPANY_STATEMENT', 'ANALYST_ESTIMATE', 'PRESS', 'OTHER'))
);

CREATE TABLE hardware (
    id     BIGINT       NOT NULL PRIMARY KEY,
    key    VARCHAR(200) NOT NULL,
    name   VARCHAR(500) NOT NULL,
    vendor VARCHAR(500),
    CONSTRAINT uq_hardware_key UNIQUE (key),
    CONSTRAINT ck_hardware_key CHECK (key <> ''),
    CONSTRAINT ck_hardware_name CHECK (name <> '')
);

CREATE TABLE hardware_rate (
    id               BIGINT         NOT NULL PRIMARY KEY,
    hardware_id      BIGINT         NOT NULL,
    kind             VARCHAR(32)    NOT NULL,
    usd_per_gpu_hour NUMERIC(12, 4) NOT NULL,
    effective_on     DATE           NOT NULL,
    provider         VARCHAR(500),
    source_id        BIGINT,
    CONSTRAINT uq_hardware_rate UNIQUE NULLS NOT DISTINCT (hardware_id, kind, effective_on, provider),
    CONSTRAINT ck_hardware_rate_kind CHECK (kind IN ('NOTIONAL', 'ON_DEMAND', 'COMMITTED_1Y', 'COMMITTED_3Y')),
    CONSTRAINT ck_hardware_rate_positive CHECK (usd_per_gpu_hour > 0),
    CONSTRAINT fk_hardware_rate_hardware FOREIGN KEY (hardware_id) REFERENCES hardware (id),
    CONSTRAINT fk_hardware_rate_source FOREIGN KEY (source_id) REFERENCES source (id)
);

CREATE TABLE claim (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    key                   VARCHAR(200)   NOT NULL,
    source_id             BIGINT         NOT NULL,
    model_id              BIGINT,
    organization_id       BIGINT         NOT NULL,
    quote                 VARCHAR(20000) NOT NULL,
    locator               VARCHAR(1000),
    notes                 VARCHAR(4000),
    stated_on             DATE,
    amount_low_usd        NUMERIC(20, 2),
    amount_high_usd       NUMERIC(20, 2),
    gpu_hours             NUMERIC(20, 2),
    hardware_id           BIGINT,
    rate_usd_per_gpu_hour NUMERIC(12, 4),
    rate_assumed          BOOLEAN        NOT NULL DEFAULT FALSE,
    presented_scope_id    BIGINT,
    cites_id              BIGINT,
    CONSTRAINT uq_claim_key UNIQUE (key),
    CONSTRAINT ck_claim_key CHECK (key <> ''),
    CONSTRAINT ck_claim_quote CHECK (quote <> ''),
    CONSTRAINT ck_claim_amount_low CHECK (amount_low_usd >= 0),
    CONSTRAINT ck_claim_amount_high CHECK (amount_high_usd >= 0),
    CONSTRAINT ck_claim_amount_range CHECK (amount_low_usd <= amount_high_usd),
    CONSTRAINT ck_claim_gpu_hours CHECK (gpu_hours > 0),
    CONSTRAINT ck_claim_rate CHECK (rate_usd_per_gpu_hour > 0),
    CONSTRAINT ck_claim_gpu_hours_hardware CHECK (gpu_hours IS NULL OR hardware_id IS NOT NULL),
    CONSTRAINT ck_claim_has_figure CHECK (amount_low_usd IS NOT NULL OR amount_high_usd IS NOT NULL OR gpu_hours IS NOT NULL),
    CONSTRAINT ck_claim_not_self_citing CHECK (cites_id <> id),
    CONSTRAINT fk_claim_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_claim_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_claim_model FOREIGN KEY (model_id) REFERENCES model (id),
    CONSTRAINT fk_claim_model_organization FOREIGN KEY (model_id, organization_id) REFERENCES model (id, organization_id),
    CONSTRAINT fk_claim_hardware FOREIGN KEY (hardware_id) REFERENCES hardware (id),
    CONSTRAINT fk_claim_presented_scope FOREIGN KEY (presented_scope_id) REFERENCES cost_scope (id),
    CONSTRAINT fk_claim_cites FOREIGN KEY (cites_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_model ON claim (model_id);
CREATE INDEX ix_claim_organization ON claim (organization_id);
CREATE INDEX ix_claim_source ON claim (source_id);
CREATE INDEX ix_claim_cites ON claim (cites_id);

-- Only what the source states is stored; a category without a row is UNSTATED.
CREATE TABLE claim_coverage (
    claim_id    BIGINT      NOT NULL,
    category_id BIGINT      NOT NULL,
    coverage    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_claim_coverage PRIMARY KEY (claim_id, category_id),
    CONSTRAINT ck_claim_coverage_value CHECK (coverage IN ('INCLUDED', 'EXCLUDED')),
    CONSTRAINT fk_claim_coverage_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_coverage_category FOREIGN KEY (category_id) REFERENCES cost_category (id)
);

-- Flags are derived, never entered: the loader rewrites them for every claim it touches and for the claims citing
-- those, and start-up rewrites all of them when the taxonomy or the flag rules change (see ledger_state).
CREATE TABLE claim_flag (
    claim_id   BIGINT        NOT NULL,
    position   INTEGER       NOT NULL,
    code       VARCHAR(32)   NOT NULL,
    severity   VARCHAR(16)   NOT NULL,
    message    VARCHAR(4000) NOT NULL,
    categories VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_claim_flag PRIMARY KEY (claim_id, position),
    CONSTRAINT ck_claim_flag_code CHECK (code IN ('UNSTATED_EXCLUSIONS', 'MISSING_CATEGORIES', 'SCOPE_DRIFT',
        'MISATTRIBUTED_MODEL', 'ARITHMETIC_MISMATCH', 'CITATION_MISMATCH')),
    CONSTRAINT ck_claim_flag_severity CHECK (severity IN ('WARNING', 'ERROR')),
    CONSTRAINT fk_claim_flag_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE INDEX ix_claim_flag_code ON claim_flag (code, claim_id);
CREATE INDEX ix_claim_flag_severity ON claim_flag (severity, claim_id);

-- Small facts about the ledger itself: which reference bundles were loaded, which flag rules the stored flags follow.
CREATE TABLE ledger_state (
    name       VARCHAR(200)  NOT NULL PRIMARY KEY,
    content    VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP     NOT NULL
);
