-- The key vault: each journey's data key, wrapped (AES-256-GCM) by the master key whose
-- fingerprint is kept beside it. Deleting a row is what makes a journey unreadable everywhere.
CREATE TABLE data_keys (
  journey_id UUID PRIMARY KEY,
  master_key TEXT NOT NULL,
  wrapped_key BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
