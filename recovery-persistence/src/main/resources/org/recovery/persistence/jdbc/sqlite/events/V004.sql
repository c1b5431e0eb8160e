-- History snapshots: per journey, what its rows 1..version hold once opened with its data key (the
-- stored envelopes, a partner's sealed entries still sealed) and the head chain at that version,
-- sealed under the same data key. Only an optimisation: a snapshot that does not open or match is
-- ignored and the journey read in full (docs/persistence.md, "Durable snapshots").
CREATE TABLE snapshots (
  journey_id TEXT NOT NULL PRIMARY KEY REFERENCES journeys (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  format INTEGER NOT NULL,
  sealed BLOB NOT NULL,
  made_at TEXT NOT NULL
);
