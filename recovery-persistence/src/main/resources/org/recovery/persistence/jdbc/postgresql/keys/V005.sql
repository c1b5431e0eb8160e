-- How far a partner's private entries are known to be sealed: every one of them among the
-- journey's first sealed_through events. Unlocking then looks only at the events after it, not at
-- the whole journey again. Trusted only up to the journey's recorded head; NULL means none known.
ALTER TABLE partner_keys ADD COLUMN sealed_through BIGINT;
