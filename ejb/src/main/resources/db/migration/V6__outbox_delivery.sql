-- Version 6: what the outbox sender needs: when to try a failed mail again (back-off) and the
-- RFC 3834 Auto-Submitted value of each mail (no, auto-replied, auto-generated).

ALTER TABLE outbox_message
  ADD COLUMN next_attempt_at DATETIME(3) NULL AFTER attempts,
  ADD COLUMN auto_submitted VARCHAR(20) NOT NULL DEFAULT 'auto-generated' AFTER radicado;

CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, next_attempt_at, created_at);
