-- Version 5: the ledger of suggestion-box imports (paper form GO-RG-04 transcribed to CSV): one row
-- per file (its SHA-256 unique: the same file is imported once) and the rows of each file that did
-- not become cases, with line, column and reason, for the downloadable report.

INSERT INTO id_generator (name, next_value) VALUES ('buzon_import', 0), ('buzon_import_row', 0);

CREATE TABLE buzon_import (
  id               BIGINT        NOT NULL PRIMARY KEY,
  file_name        VARCHAR(255)  NOT NULL,
  sha256           CHAR(64)      NOT NULL,
  size_bytes       BIGINT        NOT NULL,
  uploader         VARCHAR(120)  NOT NULL,
  agency           VARCHAR(120),
  collection_date  DATE,
  status           VARCHAR(20)   NOT NULL,
  started_at       DATETIME(3)   NOT NULL,
  last_activity_at DATETIME(3)   NOT NULL,
  finished_at      DATETIME(3),
  created_count    INT           NOT NULL DEFAULT 0,
  rejected_count   INT           NOT NULL DEFAULT 0,
  duplicate_count  INT           NOT NULL DEFAULT 0,
  failure          VARCHAR(2000),
  CONSTRAINT uk_buzon_import_sha256 UNIQUE (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_buzon_import_started ON buzon_import (started_at);

CREATE TABLE buzon_import_row (
  id          BIGINT        NOT NULL PRIMARY KEY,
  import_id   BIGINT        NOT NULL,
  line        INT           NOT NULL,
  column_name VARCHAR(60)   NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  radicado    VARCHAR(40),
  CONSTRAINT fk_buzon_import_row_import FOREIGN KEY (import_id) REFERENCES buzon_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The report reads an import's rows in the order of the file, a page at a time.
CREATE INDEX ix_buzon_import_row_report ON buzon_import_row (import_id, line, id);
