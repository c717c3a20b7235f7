-- Ventanilla schema, version 1: cases, their history, the radicado counter and the id generator.
-- Written for MariaDB 10.6+ (InnoDB, utf8mb4).

CREATE TABLE id_generator (
  name       VARCHAR(60) NOT NULL PRIMARY KEY,
  next_value BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO id_generator (name, next_value) VALUES ('pqrs_case', 0), ('case_history', 0);

-- One row per year; incremented inside the transaction that files the case (no gaps, no reuse).
CREATE TABLE radicado_counter (
  year       INT    NOT NULL PRIMARY KEY,
  last_value BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pqrs_case (
  id                         BIGINT       NOT NULL PRIMARY KEY,
  version                    BIGINT       NOT NULL DEFAULT 0,
  radicado                   VARCHAR(40)  NOT NULL,
  tracking_code              VARCHAR(16)  NOT NULL,
  type                       VARCHAR(30)  NOT NULL,
  channel                    VARCHAR(30)  NOT NULL,
  state                      VARCHAR(30)  NOT NULL,
  petitioner_names           VARCHAR(200),
  petitioner_document_type   VARCHAR(10),
  petitioner_document_number VARCHAR(30),
  petitioner_email           VARCHAR(254),
  petitioner_phone           VARCHAR(40),
  petitioner_address         VARCHAR(300),
  anonymous                  BOOLEAN      NOT NULL DEFAULT FALSE,
  agency                     VARCHAR(120),
  subject                    VARCHAR(300) NOT NULL,
  description                MEDIUMTEXT   NOT NULL,
  received_at                DATETIME(3)  NOT NULL,
  due_date                   DATE,
  source_reference           VARCHAR(500),
  CONSTRAINT uk_pqrs_case_radicado UNIQUE (radicado)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_pqrs_case_due ON pqrs_case (due_date, received_at, id);
CREATE INDEX ix_pqrs_case_state_due ON pqrs_case (state, due_date, received_at);
CREATE INDEX ix_pqrs_case_type_due ON pqrs_case (type, due_date, received_at);

CREATE TABLE case_history (
  id          BIGINT        NOT NULL PRIMARY KEY,
  case_id     BIGINT        NOT NULL,
  occurred_at DATETIME(3)   NOT NULL,
  actor       VARCHAR(120)  NOT NULL,
  from_state  VARCHAR(30),
  to_state    VARCHAR(30)   NOT NULL,
  note        VARCHAR(2000),
  CONSTRAINT fk_case_history_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_case_history_case ON case_history (case_id, occurred_at);
