-- The guidance-fund family: funds, LPs, commitments, the cash-flow ledger, valuations and investments.
-- Money in yuan with two decimals (fen), exact.
CREATE TABLE fund (
    id              VARCHAR(40)  PRIMARY KEY,
    name_zh         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    parent_id       VARCHAR(40),
    manager         VARCHAR(200),
    vintage         INTEGER      NOT NULL,
    first_close     DATE         NOT NULL,
    investment_years INTEGER     NOT NULL,
    extension_years INTEGER      NOT NULL,
    term_years      INTEGER      NOT NULL,
    fee_rate        DOUBLE PRECISION NOT NULL,
    hurdle          DOUBLE PRECISION NOT NULL,
    hurdle_compound BOOLEAN      NOT NULL,
    catch_up        DOUBLE PRECISION NOT NULL,
    carry           DOUBLE PRECISION NOT NULL,
    size            DECIMAL(20, 2) NOT NULL,
    mandate_segments VARCHAR(200) NOT NULL,
    min_industry_share DOUBLE PRECISION NOT NULL,
    min_esh_share   DOUBLE PRECISION NOT NULL,
    reinvest_multiple DOUBLE PRECISION NOT NULL,
    max_single_share DOUBLE PRECISION NOT NULL,
    synthetic       BOOLEAN      NOT NULL
);

CREATE TABLE lp (
    id        VARCHAR(40)  PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    type      VARCHAR(24)  NOT NULL,
    synthetic BOOLEAN      NOT NULL
);

CREATE TABLE commitment (
    fund_id VARCHAR(40) NOT NULL,
    lp_id   VARCHAR(40) NOT NULL,
    amount  DECIMAL(20, 2) NOT NULL
);

CREATE TABLE fund_flow (
    fund_id VARCHAR(40) NOT NULL,
    date    DATE        NOT NULL,
    kind    VARCHAR(16) NOT NULL,
    amount  DECIMAL(20, 2) NOT NULL
);

CREATE TABLE valuation (
    fund_id VARCHAR(40) NOT NULL,
    date    DATE        NOT NULL,
    nav     DECIMAL(20, 2) NOT NULL
);

CREATE TABLE investment (
    fund_id         VARCHAR(40) NOT NULL,
    enterprise_code VARCHAR(18),
    sub_fund_id     VARCHAR(40),
    round           VARCHAR(24),
    date            DATE        NOT NULL,
    amount          DECIMAL(20, 2) NOT NULL,
    ownership       DOUBLE PRECISION NOT NULL
);
