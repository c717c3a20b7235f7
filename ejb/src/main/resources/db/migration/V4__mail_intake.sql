-- Version 4: mail intake. The correspondence of cases (replies that quote a radicado), the failed
-- attempts to process a mail, the quarantine of mail that could not be processed, and the record
-- of automatic mail (auto-replies, bounces, lists) that was not made a case. Every table that holds
-- a mail has a unique source key: the same mail read twice is stored once.

INSERT INTO id_generator (name, next_value)
VALUES ('case_message', 0), ('mail_quarantine', 0), ('ignored_mail', 0);

CREATE TABLE case_message (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  direction           VARCHAR(3)    NOT NULL,
  from_address        VARCHAR(400),
  to_addresses        VARCHAR(2000),
  subject             VARCHAR(500),
  body                MEDIUMTEXT    NOT NULL,
  occurred_at         DATETIME(3)   NOT NULL,
  source_key          VARCHAR(500),
  original_content_id BIGINT,
  recorded_at         DATETIME(3)   NOT NULL,
  recorded_by         VARCHAR(120)  NOT NULL,
  CONSTRAINT uk_case_message_source_key UNIQUE (source_key),
  CONSTRAINT fk_case_message_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id),
  CONSTRAINT fk_case_message_original FOREIGN KEY (original_content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_case_message_case ON case_message (case_id, occurred_at);

CREATE TABLE case_message_attachment (
  message_id    BIGINT NOT NULL,
  attachment_id BIGINT NOT NULL,
  PRIMARY KEY (message_id, attachment_id),
  CONSTRAINT uk_case_message_attachment UNIQUE (attachment_id),
  CONSTRAINT fk_case_message_attachment_message FOREIGN KEY (message_id) REFERENCES case_message (id),
  CONSTRAINT fk_case_message_attachment_file FOREIGN KEY (attachment_id) REFERENCES case_attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_attempt (
  source_key      VARCHAR(500)  NOT NULL PRIMARY KEY,
  mailbox         VARCHAR(60)   NOT NULL,
  attempts        INT           NOT NULL,
  first_failed_at DATETIME(3)   NOT NULL,
  last_failed_at  DATETIME(3)   NOT NULL,
  last_error      VARCHAR(4000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_quarantine (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL DEFAULT 0,
  mailbox         VARCHAR(60)   NOT NULL,
  source_key      VARCHAR(500)  NOT NULL,
  subject         VARCHAR(500),
  from_address    VARCHAR(400),
  error_text      VARCHAR(4000),
  raw_content_id  BIGINT        NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  attempts        INT           NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  first_failed_at DATETIME(3)   NOT NULL,
  quarantined_at  DATETIME(3)   NOT NULL,
  resolved_at     DATETIME(3),
  resolved_by     VARCHAR(120),
  resolution_note VARCHAR(1500),
  result_radicado VARCHAR(40),
  CONSTRAINT uk_mail_quarantine_source_key UNIQUE (source_key),
  CONSTRAINT fk_mail_quarantine_raw FOREIGN KEY (raw_content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_quarantine_status ON mail_quarantine (status, quarantined_at);

CREATE TABLE ignored_mail (
  id           BIGINT       NOT NULL PRIMARY KEY,
  mailbox      VARCHAR(60)  NOT NULL,
  source_key   VARCHAR(500) NOT NULL,
  reason       VARCHAR(20)  NOT NULL,
  from_address VARCHAR(400),
  subject      VARCHAR(500),
  ignored_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uk_ignored_mail_source_key UNIQUE (source_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ignored_mail_mailbox ON ignored_mail (mailbox, reason);
