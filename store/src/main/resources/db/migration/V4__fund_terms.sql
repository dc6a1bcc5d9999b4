-- Fee basis, waterfall type and the 返投 counting multiple for park enterprises.
ALTER TABLE fund ADD COLUMN fee_basis VARCHAR(16) NOT NULL DEFAULT 'COMMITTED';
ALTER TABLE fund ADD COLUMN waterfall_type VARCHAR(16) NOT NULL DEFAULT 'EUROPEAN';
ALTER TABLE fund ADD COLUMN park_counts_as DOUBLE PRECISION NOT NULL DEFAULT 1.0;
