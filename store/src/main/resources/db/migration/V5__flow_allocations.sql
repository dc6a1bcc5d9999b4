-- Ledger entries shared among LPs other than pro rata to commitments.
CREATE TABLE flow_allocation (
    fund_id VARCHAR(40) NOT NULL,
    date    DATE        NOT NULL,
    kind    VARCHAR(16) NOT NULL,
    lp_id   VARCHAR(40) NOT NULL,
    amount  DECIMAL(20, 2) NOT NULL
);
