-- Documents and the facts read from them; every fact keeps the span of its evidence in the document text.
CREATE TABLE document (
    id          VARCHAR(32)  PRIMARY KEY,
    file_name   VARCHAR(500) NOT NULL,
    title       VARCHAR(1000),
    author      VARCHAR(300),
    editor      VARCHAR(300),
    source      VARCHAR(300),
    published   DATE         NOT NULL,
    keywords    VARCHAR(1000),
    language    VARCHAR(4)   NOT NULL,
    url         VARCHAR(1000),
    invented    BOOLEAN      NOT NULL,
    encoding    VARCHAR(20)  NOT NULL,
    body        TEXT         NOT NULL,
    ingested_at TIMESTAMP    NOT NULL
);
CREATE TABLE fact (
    document_id    VARCHAR(32)   NOT NULL,
    seq            INTEGER       NOT NULL,
    type           VARCHAR(20)   NOT NULL,
    subject        VARCHAR(1000) NOT NULL,
    predicate      VARCHAR(300)  NOT NULL,
    object         VARCHAR(2000),
    attributes     TEXT          NOT NULL,
    span_start     INTEGER,
    span_end       INTEGER,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    PRIMARY KEY (document_id, seq)
);
-- Organisation names met in documents and what they were matched to; PENDING ones wait for a person.
CREATE TABLE org_link (
    name           VARCHAR(500) PRIMARY KEY,
    org_type       VARCHAR(20),
    status         VARCHAR(12)  NOT NULL,
    target_kind    VARCHAR(12),
    target_id      VARCHAR(40),
    target_name    VARCHAR(500),
    score          DOUBLE PRECISION,
    first_document VARCHAR(32)  NOT NULL
);
-- Indicator series; values from different sources (or different values from one source) for the same period sit side by side.
CREATE TABLE indicator_value (
    region       VARCHAR(100) NOT NULL,
    metric       VARCHAR(200) NOT NULL,
    period       VARCHAR(20)  NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    unit         VARCHAR(40)  NOT NULL,
    source       VARCHAR(300) NOT NULL,
    source_url   VARCHAR(1000),
    document_id  VARCHAR(32),
    fact_seq     INTEGER,
    note         VARCHAR(500),
    PRIMARY KEY (region, metric, period, kind, source, value)
);
