-- Version 16: acciones correctivas, preventivas y de mejora (issue #14; seed 002 GO-PD-03 §4
-- actividad 10 and its matrix GI-RG-07; seed 003 §5.3; seed 004 "Comunicación de resultados").
--   * pqrs_case.cause_id: the cause a case is given when answered or closed, from the same list the
--     investigations use (cause), so that recurrence can be counted;
--   * acpm and its parts: actions (owner, due date, status), follow-up notes, history; the
--     effectiveness verification sits on the entry itself;
--   * acpm_counter: the consecutive number of each year (ACPM-2026-001), without gaps;
--   * acpm_proposal: what the rules propose and the Dirección SIG accepts or dismisses; pending_key
--     is set only while pending, so one rule, cause and scope has at most one pending proposal;
--   * acpm_alert_ledger: one alert per overdue action and due date (the daily timer's claims);
--   * improvement_settings: N and M of the recurrence rule, the answer-rating target.

ALTER TABLE pqrs_case ADD COLUMN cause_id BIGINT NULL;
ALTER TABLE pqrs_case ADD CONSTRAINT fk_pqrs_case_cause FOREIGN KEY (cause_id) REFERENCES cause (id);
CREATE INDEX ix_pqrs_case_cause ON pqrs_case (cause_id, received_at, area_id, agency);

INSERT INTO id_generator (name, next_value) VALUES
  ('acpm', 0), ('acpm_action', 0), ('acpm_proposal', 0);

CREATE TABLE acpm_counter (
  year       INT    NOT NULL PRIMARY KEY,
  last_value BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE acpm (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  version                 BIGINT        NOT NULL DEFAULT 0,
  number                  VARCHAR(20)   NOT NULL,
  origin                  VARCHAR(30)   NOT NULL,
  source_radicados        TEXT,
  source_investigation_id BIGINT,
  source_reference        VARCHAR(300),
  cause_id                BIGINT,
  type                    VARCHAR(20)   NOT NULL,
  area_id                 BIGINT,
  agency                  VARCHAR(120),
  description             TEXT          NOT NULL,
  why1                    TEXT,
  why2                    TEXT,
  why3                    TEXT,
  why4                    TEXT,
  why5                    TEXT,
  root_cause              TEXT,
  cause_method            TEXT,
  cause_manpower          TEXT,
  cause_machine           TEXT,
  cause_material          TEXT,
  cause_measurement       TEXT,
  cause_environment       TEXT,
  status                  VARCHAR(20)   NOT NULL,
  created_by              VARCHAR(120)  NOT NULL,
  created_at              DATETIME(3)   NOT NULL,
  verified_by             VARCHAR(120),
  verified_at             DATETIME(3),
  verification_effective  BOOLEAN,
  verification_evidence   TEXT,
  verification_content_id BIGINT,
  verification_file_name  VARCHAR(255),
  closed_by               VARCHAR(120),
  closed_at               DATETIME(3),
  proposal_id             BIGINT,
  CONSTRAINT uk_acpm_number UNIQUE (number),
  CONSTRAINT fk_acpm_cause FOREIGN KEY (cause_id) REFERENCES cause (id),
  CONSTRAINT fk_acpm_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_acpm_investigation FOREIGN KEY (source_investigation_id)
    REFERENCES investigation (id),
  CONSTRAINT fk_acpm_verification_content FOREIGN KEY (verification_content_id)
    REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_acpm_status ON acpm (status, type, origin, area_id);
CREATE INDEX ix_acpm_area ON acpm (area_id, status);

CREATE TABLE acpm_action (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL DEFAULT 0,
  acpm_id      BIGINT        NOT NULL,
  number       INT           NOT NULL,
  description  VARCHAR(2000) NOT NULL,
  owner        VARCHAR(120)  NOT NULL,
  due_date     DATE          NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  created_by   VARCHAR(120)  NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  finished_at  DATETIME(3),
  CONSTRAINT uk_acpm_action_number UNIQUE (acpm_id, number),
  CONSTRAINT fk_acpm_action FOREIGN KEY (acpm_id) REFERENCES acpm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_acpm_action_owner ON acpm_action (owner, status, due_date);
CREATE INDEX ix_acpm_action_due ON acpm_action (status, due_date);

CREATE TABLE acpm_note (
  acpm_id    BIGINT        NOT NULL,
  position   INT           NOT NULL,
  author     VARCHAR(120)  NOT NULL,
  written_at DATETIME(3)   NOT NULL,
  text       VARCHAR(4000) NOT NULL,
  PRIMARY KEY (acpm_id, position),
  CONSTRAINT fk_acpm_note FOREIGN KEY (acpm_id) REFERENCES acpm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE acpm_history (
  acpm_id     BIGINT        NOT NULL,
  position    INT           NOT NULL,
  occurred_at DATETIME(3)   NOT NULL,
  actor       VARCHAR(120)  NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  PRIMARY KEY (acpm_id, position),
  CONSTRAINT fk_acpm_history FOREIGN KEY (acpm_id) REFERENCES acpm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE acpm_proposal (
  id             BIGINT        NOT NULL PRIMARY KEY,
  version        BIGINT        NOT NULL DEFAULT 0,
  rule_kind      VARCHAR(20)   NOT NULL,
  cause_id       BIGINT,
  scope_kind     VARCHAR(20)   NOT NULL,
  area_id        BIGINT,
  agency         VARCHAR(120),
  subject        VARCHAR(300),
  window_from    DATE          NOT NULL,
  window_to      DATE          NOT NULL,
  occurrences    INT           NOT NULL,
  measured       DECIMAL(6,2),
  target         DECIMAL(6,2),
  radicados      VARCHAR(4000),
  status         VARCHAR(20)   NOT NULL,
  finding_key    VARCHAR(400)  NOT NULL,
  pending_key    VARCHAR(400),
  created_at     DATETIME(3)   NOT NULL,
  decided_by     VARCHAR(120),
  decided_at     DATETIME(3),
  dismiss_reason VARCHAR(2000),
  acpm_id        BIGINT,
  CONSTRAINT uk_acpm_proposal_pending UNIQUE (pending_key),
  CONSTRAINT fk_acpm_proposal_cause FOREIGN KEY (cause_id) REFERENCES cause (id),
  CONSTRAINT fk_acpm_proposal_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_acpm_proposal_acpm FOREIGN KEY (acpm_id) REFERENCES acpm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_acpm_proposal_status ON acpm_proposal (status, created_at);
CREATE INDEX ix_acpm_proposal_finding ON acpm_proposal (finding_key, decided_at);

CREATE TABLE acpm_alert_ledger (
  action_id  BIGINT      NOT NULL,
  due_date   DATE        NOT NULL,
  alerted_at DATETIME(3) NOT NULL,
  PRIMARY KEY (action_id, due_date),
  CONSTRAINT fk_acpm_alert_action FOREIGN KEY (action_id) REFERENCES acpm_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE improvement_settings (
  id                 INT           NOT NULL PRIMARY KEY,
  recurrence_count   INT           NOT NULL,
  recurrence_months  INT           NOT NULL,
  rating_target      DECIMAL(4,2)  NOT NULL,
  rating_min_count   INT           NOT NULL,
  rating_months      INT           NOT NULL,
  sig_mailbox        VARCHAR(254),
  updated_by         VARCHAR(120)  NOT NULL,
  updated_at         DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO improvement_settings
  (id, recurrence_count, recurrence_months, rating_target, rating_min_count, rating_months,
   sig_mailbox, updated_by, updated_at)
VALUES (1, 3, 3, 3.50, 5, 3, NULL, 'sistema', CURRENT_TIMESTAMP(3));
