-- The first schema: journeys and their events. Every payload is a sealed envelope (AES-256-GCM
-- under the journey's data key); the type of an event is inside it, not in a column.
CREATE TABLE journeys (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE events (
  journey_id UUID NOT NULL REFERENCES journeys (id),
  version BIGINT NOT NULL CHECK (version >= 1),
  command_id UUID NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL,
  payload BYTEA NOT NULL,
  CONSTRAINT events_journey_version UNIQUE (journey_id, version)
);
