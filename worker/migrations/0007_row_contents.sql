-- Each row's content stored once, however many versions carry it (docs/scaling.md): a unit
-- resubmits its whole ledger every month, so a year stored each row about 12 times. A version's
-- rows are now links (version_rows: submission, ledger, Excel row → content), and `ledger_rows`
-- becomes the view every reader already reads, with the columns it had.
--
-- `hash` is the first 128 bits of SHA-256 of the JSON [row_date, data], hex, computed by the
-- Worker (worker/src/db/row-content.ts): SQL has no SHA-256, so the contents moved here keep
-- NULL and are shared only among the versions stored before this migration; rows submitted after
-- it are stored once from their first submission on.
PRAGMA defer_foreign_keys = true;
CREATE TABLE row_contents (
  id       INTEGER PRIMARY KEY,
  hash     TEXT UNIQUE,
  row_date TEXT,
  data     TEXT NOT NULL
);
CREATE TABLE version_rows (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  ledger        TEXT NOT NULL,
  row_number    INTEGER NOT NULL,
  content_id    INTEGER NOT NULL REFERENCES row_contents (id),
  PRIMARY KEY (submission_id, ledger, row_number)
) WITHOUT ROWID;

INSERT INTO row_contents (row_date, data) SELECT row_date, data FROM ledger_rows GROUP BY row_date, data;
-- Only for finding each old row's content; dropped once every row is linked.
CREATE INDEX row_contents_move ON row_contents (data);
INSERT INTO version_rows (submission_id, ledger, row_number, content_id)
  SELECT r.submission_id, r.ledger, r.row_number, c.id
    FROM ledger_rows r JOIN row_contents c ON c.data = r.data AND c.row_date IS r.row_date;
DROP INDEX row_contents_move;
DROP TABLE ledger_rows;

CREATE VIEW ledger_rows AS
  SELECT v.submission_id, v.ledger, v.row_number, c.row_date, c.data
    FROM version_rows v JOIN row_contents c ON c.id = v.content_id;
PRAGMA defer_foreign_keys = false;
