-- The enterprise pool. Written in the SQL that DuckDB and PostgreSQL both accept.
CREATE TABLE enterprise (
    code              VARCHAR(18)  PRIMARY KEY,
    name_zh           VARCHAR(200),
    name_en           VARCHAR(300),
    founded           DATE         NOT NULL,
    district          VARCHAR(16)  NOT NULL,
    park              VARCHAR(16),
    staff             INTEGER      NOT NULL,
    technical_staff   INTEGER      NOT NULL,
    rd_staff          INTEGER      NOT NULL,
    revenue           BIGINT       NOT NULL,
    total_assets      BIGINT       NOT NULL,
    rd_expense_y1     BIGINT       NOT NULL,
    rd_expense_y2     BIGINT       NOT NULL,
    rd_expense_y3     BIGINT       NOT NULL,
    high_tech_revenue BIGINT       NOT NULL,
    ip_class_one      INTEGER      NOT NULL,
    ip_class_two      INTEGER      NOT NULL,
    funding_stage     VARCHAR(16)  NOT NULL,
    equity_raised     BIGINT       NOT NULL,
    description       VARCHAR(2000),
    origin_kind       VARCHAR(16)  NOT NULL,
    origin_source     VARCHAR(500) NOT NULL,
    origin_row        INTEGER      NOT NULL
);

-- One row per enterprise and segment; an enterprise can sit in several segments.
CREATE TABLE enterprise_segment (
    code     VARCHAR(18) NOT NULL,
    segment  VARCHAR(16) NOT NULL,
    position INTEGER     NOT NULL  -- 0 is the main segment
);
CREATE INDEX enterprise_segment_code ON enterprise_segment (code);

-- Enterprises named by a source but not yet identified by a credit code: they wait here for a person
-- to identify them, and never enter the pool on a guess.
CREATE TABLE unidentified_enterprise (
    name          VARCHAR(300) NOT NULL,
    city          VARCHAR(100),
    segments      VARCHAR(200) NOT NULL,
    note          VARCHAR(2000),
    origin_source VARCHAR(500) NOT NULL,
    origin_row    INTEGER      NOT NULL,
    PRIMARY KEY (name, origin_source)
);
