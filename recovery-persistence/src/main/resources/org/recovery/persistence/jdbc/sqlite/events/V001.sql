-- The first schema: journeys and their events. Every payload is a sealed envelope (AES-256-GCM
-- under the journey's data key); the type of an event is inside it, not in a column.
CREATE TABLE journeys (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE events (
  journey_id TEXT NOT NULL REFERENCES journeys (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  command_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  payload BLOB NOT NULL,
  CONSTRAINT events_journey_version UNIQUE (journey_id, version)
);
