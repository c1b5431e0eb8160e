-- The idempotency check asks for the last version a command stored. With version in the index
-- it is one seek however long the journey is, even when one command wrote the whole journey.
DROP INDEX events_by_command;
CREATE INDEX events_by_command ON events (journey_id, command_id, version);
