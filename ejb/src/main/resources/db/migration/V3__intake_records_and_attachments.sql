-- Version 3: how each case came in (unique source key, Ley 1581 consent, the original) and the
-- files kept with cases, their bytes in 1 MiB chunks.

INSERT INTO id_generator (name, next_value)
VALUES ('stored_content', 0), ('case_attachment', 0), ('intake_record', 0);

CREATE TABLE stored_content (
  id         BIGINT       NOT NULL PRIMARY KEY,
  media_type VARCHAR(150) NOT NULL,
  size_bytes BIGINT       NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  chunks     INT          NOT NULL,
  stored_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE content_chunk (
  content_id BIGINT     NOT NULL,
  seq        INT        NOT NULL,
  data       MEDIUMBLOB NOT NULL,
  PRIMARY KEY (content_id, seq),
  CONSTRAINT fk_content_chunk_content FOREIGN KEY (content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_attachment (
  id         BIGINT       NOT NULL PRIMARY KEY,
  case_id    BIGINT       NOT NULL,
  file_name  VARCHAR(255) NOT NULL,
  content_id BIGINT       NOT NULL,
  added_at   DATETIME(3)  NOT NULL,
  added_by   VARCHAR(120) NOT NULL,
  CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id),
  CONSTRAINT fk_case_attachment_content FOREIGN KEY (content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);

CREATE TABLE intake_record (
  id                     BIGINT       NOT NULL PRIMARY KEY,
  case_id                BIGINT       NOT NULL,
  source_key             VARCHAR(500),
  consent_policy_version VARCHAR(40),
  consent_given_at       DATETIME(3),
  original_content_id    BIGINT,
  CONSTRAINT uk_intake_record_case UNIQUE (case_id),
  CONSTRAINT uk_intake_record_source_key UNIQUE (source_key),
  CONSTRAINT fk_intake_record_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id),
  CONSTRAINT fk_intake_record_original FOREIGN KEY (original_content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
