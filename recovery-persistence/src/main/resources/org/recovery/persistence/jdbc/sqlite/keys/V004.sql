-- Zero-knowledge mode: a journey's data key wrapped (AES-256-GCM) by each partner's own key
-- instead of by a master key; its data_keys row then names no master key ('zero-knowledge') and
-- holds no wrapped key. Without one of these partners' keys the row opens nothing.
CREATE TABLE partner_wraps (
  journey_id TEXT NOT NULL,
  partner_id TEXT NOT NULL,
  key_id TEXT NOT NULL,
  wrapped_key BLOB NOT NULL,
  PRIMARY KEY (journey_id, partner_id)
);
