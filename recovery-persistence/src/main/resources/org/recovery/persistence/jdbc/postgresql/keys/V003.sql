-- Each partner's own key of a journey, which seals their private entries. Kept only wrapped: by a
-- key derived from the partner's passphrase (PBKDF2-HMAC-SHA256, the iterations beside it) and
-- by one derived from their recovery code. The master key wraps nothing here. Deleting a row
-- makes that partner's sealed entries unreadable for good.
CREATE TABLE partner_keys (
  journey_id UUID NOT NULL,
  partner_id UUID NOT NULL,
  key_id TEXT NOT NULL,
  iterations INTEGER NOT NULL,
  passphrase_salt BYTEA NOT NULL,
  by_passphrase BYTEA NOT NULL,
  recovery_salt BYTEA NOT NULL,
  by_recovery BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (journey_id, partner_id)
);
-- The head chain a journey will have once its private entries are sealed: recorded before the
-- rows change, so that a crash in between leaves the journey readable.
ALTER TABLE data_keys ADD COLUMN pending_chain BYTEA;
