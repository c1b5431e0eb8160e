-- Finding the append a retried command already made, without scanning the journey.
CREATE INDEX events_by_command ON events (journey_id, command_id);
