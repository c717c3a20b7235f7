-- Version 17: personal data protection (Ley 1581 de 2012). What the data-protection officer did to
-- a person's data (rectifications with the values before, anonymisations), legal holds that stop
-- an anonymisation, and the ledger of the retention timer's runs.

INSERT INTO id_generator (name, next_value)
VALUES ('privacy_rectification', 0), ('privacy_anonymisation', 0), ('privacy_legal_hold', 0);

-- A rectification keeps the value before and after (history kept, Ley 1581 art. 15); both are
-- cleared when the person is later anonymised.
CREATE TABLE privacy_rectification (
  id           BIGINT        NOT NULL PRIMARY KEY,
  case_id      BIGINT        NOT NULL,
  radicado     VARCHAR(40)   NOT NULL,
  field        VARCHAR(40)   NOT NULL,
  value_before VARCHAR(300),
  value_after  VARCHAR(300),
  reason       VARCHAR(2000) NOT NULL,
  done_by      VARCHAR(120)  NOT NULL,
  done_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_privacy_rectification_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_rectification_case ON privacy_rectification (case_id);

-- An anonymisation, found again by the SHA-256 of the document or email it was asked for (never
-- the value itself): the same request twice is recognised and changes nothing.
CREATE TABLE privacy_anonymisation (
  id           BIGINT        NOT NULL PRIMARY KEY,
  subject_hash CHAR(64)      NOT NULL,
  reason       VARCHAR(2000) NOT NULL,
  done_by      VARCHAR(120)  NOT NULL,
  done_at      DATETIME(3)   NOT NULL,
  cases        INT           NOT NULL,
  messages     INT           NOT NULL,
  attachments  INT           NOT NULL,
  parties      INT           NOT NULL,
  radicados    VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_anonymisation_hash ON privacy_anonymisation (subject_hash, done_at);

-- A legal hold (a lawsuit, an authority's request): the case's data may not be suppressed until it
-- is released or its date passes.
CREATE TABLE privacy_legal_hold (
  id          BIGINT        NOT NULL PRIMARY KEY,
  case_id     BIGINT        NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  until_date  DATE,
  placed_by   VARCHAR(120)  NOT NULL,
  placed_at   DATETIME(3)   NOT NULL,
  released_by VARCHAR(120),
  released_at DATETIME(3),
  CONSTRAINT fk_privacy_legal_hold_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_legal_hold_case ON privacy_legal_hold (case_id, released_at);

-- The retention timer's ledger: one run per month (claimed with INSERT IGNORE, so exactly once),
-- first a dry-run list of the closed cases whose retention period ended, which the officer approves;
-- only then are they anonymised.
CREATE TABLE privacy_retention_run (
  period_code VARCHAR(10)  NOT NULL PRIMARY KEY,
  proposed_at DATETIME(3)  NOT NULL,
  proposed_by VARCHAR(120) NOT NULL,
  cases       INT          NOT NULL DEFAULT 0,
  approved_by VARCHAR(120),
  approved_at DATETIME(3),
  anonymised  INT,
  skipped     INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE privacy_retention_item (
  period_code VARCHAR(10) NOT NULL,
  case_id     BIGINT      NOT NULL,
  radicado    VARCHAR(40) NOT NULL,
  type        VARCHAR(30) NOT NULL,
  closed_at   DATETIME(3) NOT NULL,
  kept_until  DATE        NOT NULL,
  outcome     VARCHAR(300),
  PRIMARY KEY (period_code, case_id),
  CONSTRAINT fk_privacy_retention_item_run FOREIGN KEY (period_code)
    REFERENCES privacy_retention_run (period_code),
  CONSTRAINT fk_privacy_retention_item_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Finding a person's cases by document or email.
CREATE INDEX ix_pqrs_case_petitioner_document ON pqrs_case (petitioner_document_number);
CREATE INDEX ix_pqrs_case_petitioner_email ON pqrs_case (petitioner_email);
CREATE INDEX ix_investigation_party_document ON investigation_party (document);

-- The data-protection officer's role (co.ventanilla.staff.StaffRole.DATOS).
ALTER TABLE staff_user_role DROP CONSTRAINT ck_staff_user_role;
ALTER TABLE staff_user_role ADD CONSTRAINT ck_staff_user_role CHECK
  (role IN ('RECEPCION', 'RESPONSABLE', 'LIDER', 'SIG', 'COMITE', 'GERENCIA', 'ADMIN', 'DATOS'));
