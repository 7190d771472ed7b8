-- ledger_rows without `CHECK (ledger IN (…))`: the ledgers are the registry's
-- (shared/ledgers/registry.ts), and a ledger added there must be storable without a migration
-- naming it. The Worker checks the key before it stores a row (worker/src/db/submissions.ts).
-- SQLite cannot drop a CHECK, so the table is rebuilt as D1 recommends: every row kept, the
-- primary key (its only index) recreated with it.
PRAGMA defer_foreign_keys = true;
CREATE TABLE ledger_rows_0006 (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  ledger        TEXT NOT NULL,
  row_number    INTEGER NOT NULL,
  row_date      TEXT,
  data          TEXT NOT NULL,
  PRIMARY KEY (submission_id, ledger, row_number)
) WITHOUT ROWID;
INSERT INTO ledger_rows_0006 (submission_id, ledger, row_number, row_date, data)
  SELECT submission_id, ledger, row_number, row_date, data FROM ledger_rows;
DROP TABLE ledger_rows;
ALTER TABLE ledger_rows_0006 RENAME TO ledger_rows;
PRAGMA defer_foreign_keys = false;
