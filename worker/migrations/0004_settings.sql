-- The district's report settings (GET/PUT /api/admin/settings): one row, absent until the admin
-- saves; the code supplies the defaults, so an untouched district reads the same as before.
CREATE TABLE settings (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  commission_name TEXT,          -- 机关名称, e.g. 西秀区监察委员会; NULL: {district}监察委员会
  founded_month   TEXT,          -- YYYY-MM the commission was founded; NULL: not said
  family_hall     TEXT NOT NULL, -- 家风家训馆 the 家风教育 sentence counts visits to
  updated_at      TEXT NOT NULL
);
