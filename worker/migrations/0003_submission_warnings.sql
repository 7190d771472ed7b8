-- The warnings a submission was accepted with, one row each: as one JSON column, 10k warnings
-- with 核实说明 outgrew SQLite's value limit and D1's 2 MB row. `position` is the engine's order,
-- `warning` the issue as JSON, `note` the clerk's 核实说明.
CREATE TABLE submission_warnings (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  position      INTEGER NOT NULL,
  code          TEXT NOT NULL,
  warning       TEXT NOT NULL,
  note          TEXT,
  PRIMARY KEY (submission_id, position)
) WITHOUT ROWID;
-- The history marks versions accepted with fewer-rows warnings.
CREATE INDEX submission_warnings_code ON submission_warnings (submission_id, code);

ALTER TABLE submissions ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0;

INSERT INTO submission_warnings (submission_id, position, code, warning, note)
  SELECT s.id, w.key, json_extract(w.value, '$.code'), json_remove(w.value, '$.note'), json_extract(w.value, '$.note')
    FROM submissions s, json_each(s.warnings) w;
UPDATE submissions SET warning_count = json_array_length(warnings);
ALTER TABLE submissions DROP COLUMN warnings;
