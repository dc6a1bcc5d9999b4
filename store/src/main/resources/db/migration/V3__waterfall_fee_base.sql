-- Whether management fees and expenses count as contributed capital in the waterfall.
ALTER TABLE fund ADD COLUMN fees_in_base BOOLEAN NOT NULL DEFAULT TRUE;
