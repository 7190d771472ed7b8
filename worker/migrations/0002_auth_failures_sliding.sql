-- Failed authentications per client and second, counted over a sliding window (middleware/auth).
-- The fixed-window counts of 0001 are dropped: they only ever mattered for ten minutes.
DROP TABLE auth_failures;
CREATE TABLE auth_failures (
  client    TEXT NOT NULL,
  failed_at INTEGER NOT NULL, -- Unix seconds
  failures  INTEGER NOT NULL,
  PRIMARY KEY (client, failed_at)
);
