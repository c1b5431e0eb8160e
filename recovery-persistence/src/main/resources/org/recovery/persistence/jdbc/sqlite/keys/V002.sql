-- Each journey's head: how many events it had when last written, and a keyed hash chain over
-- them. Kept in the vault, apart from the events, so that a database rolled back or cut short is
-- noticed when the journey is read. Empty until the journey's next write or full read.
ALTER TABLE data_keys ADD COLUMN head_version INTEGER;
ALTER TABLE data_keys ADD COLUMN head_chain BLOB;
