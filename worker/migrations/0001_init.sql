-- Units (填报单位) form a tree; `path` ('/D/T/V/') makes "the subtree of X" one indexed prefix scan.
CREATE TABLE units (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('district', 'township', 'department', 'village')),
  parent_code TEXT REFERENCES units (code),
  path        TEXT NOT NULL UNIQUE,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  updated_at  TEXT NOT NULL
);

-- Credentials: only the SHA-256 of a token is kept; the token itself is shown once.
CREATE TABLE credentials (
  id          TEXT PRIMARY KEY,
  unit_code   TEXT NOT NULL REFERENCES units (code),
  role        TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),
  label       TEXT NOT NULL,
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
);

-- Every accepted submission, forever: a full snapshot of a unit-year's workbook.
CREATE TABLE submissions (
  id               TEXT PRIMARY KEY,
  unit_code        TEXT NOT NULL REFERENCES units (code),
  year             INTEGER NOT NULL,
  version          INTEGER NOT NULL,
  template_version TEXT,
  received_at      TEXT NOT NULL,
  sha256           TEXT NOT NULL,
  source           TEXT NOT NULL CHECK (source IN ('json', 'xlsx')),
  credential_id    TEXT NOT NULL,
  idempotency_key  TEXT,
  counts           TEXT NOT NULL,
  warnings         TEXT NOT NULL,
  returned_at      TEXT,
  return_reason    TEXT,
  return_cells     TEXT,
  returned_by      TEXT,
  UNIQUE (unit_code, year, version),
  UNIQUE (unit_code, idempotency_key)
);
CREATE INDEX submissions_year_unit ON submissions (year, unit_code, version);

-- The typed rows of each submission; `row_date` is the ledger's own date, for date ranges.
CREATE TABLE ledger_rows (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  ledger        TEXT NOT NULL CHECK (ledger IN ('rectification', 'activity', 'inspection')),
  row_number    INTEGER NOT NULL,
  row_date      TEXT,
  data          TEXT NOT NULL,
  PRIMARY KEY (submission_id, ledger, row_number)
) WITHOUT ROWID;

-- Deadlines that differ from the default day (holidays, special requests).
CREATE TABLE deadlines (
  year     INTEGER NOT NULL,
  month    INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  due_date TEXT NOT NULL,
  PRIMARY KEY (year, month)
);

-- Failed authentications per client and window, for rate limiting.
CREATE TABLE auth_failures (
  client       TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  failures     INTEGER NOT NULL,
  PRIMARY KEY (client, window_start)
);
