-- Supply-chain graphs from outside (ETO layout), kept by source, mapped to taxonomy segments.
CREATE TABLE ext_chain_input (
    source   VARCHAR(100) NOT NULL,
    id       VARCHAR(20)  NOT NULL,
    name     VARCHAR(300) NOT NULL,
    type     VARCHAR(40),
    stage    VARCHAR(100),
    segment  VARCHAR(16)  NOT NULL
);
CREATE TABLE ext_chain_edge (
    source  VARCHAR(100) NOT NULL,
    from_id VARCHAR(20)  NOT NULL,
    to_id   VARCHAR(20)  NOT NULL,
    kind    VARCHAR(16)  NOT NULL
);
CREATE TABLE ext_chain_share (
    source        VARCHAR(100) NOT NULL,
    provider_id   VARCHAR(20)  NOT NULL,
    provider_name VARCHAR(200) NOT NULL,
    provider_type VARCHAR(20),
    country       VARCHAR(20),
    provided_id   VARCHAR(20)  NOT NULL,
    share         DOUBLE PRECISION,
    negligible    BOOLEAN      NOT NULL
);
