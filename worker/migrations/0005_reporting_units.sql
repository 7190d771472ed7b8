-- Which units owe monthly reports. The district itself and supervising-only units do not:
-- completeness, 催报 and 报送率 count only units that report. Default: every unit but the root.
ALTER TABLE units ADD COLUMN reports INTEGER NOT NULL DEFAULT 1 CHECK (reports IN (0, 1));
UPDATE units SET reports = 0 WHERE parent_code IS NULL;
