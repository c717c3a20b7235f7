-- Version 14: reports to management (issue #12).
--   * report_calendar: one row per day with its business-day ordinal, so that "business days from
--     receipt to answer" is a subtraction in plain SQL (filled by the application from the
--     Colombian holidays, Ley 51 de 1983, and the organization's Saturday setting);
--   * report_run: every report generated (quarterly, semiannual, monthly snapshot), its PDF and
--     XLSX in stored_content;
--   * report_ledger: the timer's claims, unique per (kind, period): a scheduled report is
--     generated and mailed once, whatever the number of nodes or restarts;
--   * indicator_snapshot: the figures of each month as they were computed, for CSV/XLSX download;
--   * outbox_attachment: files carried by an outbox mail (the reports' PDF and XLSX).

INSERT INTO id_generator (name, next_value) VALUES ('report_run', 0), ('outbox_attachment', 0);

CREATE TABLE report_calendar (
  day               DATE    NOT NULL PRIMARY KEY,
  business          BOOLEAN NOT NULL,
  business_ordinal  INT     NOT NULL,
  saturday_business BOOLEAN NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_run (
  id              BIGINT       NOT NULL PRIMARY KEY,
  version         BIGINT       NOT NULL DEFAULT 0,
  kind            VARCHAR(20)  NOT NULL,
  period_code     VARCHAR(10)  NOT NULL,
  period_from     DATE         NOT NULL,
  period_to       DATE         NOT NULL,
  scheduled       BOOLEAN      NOT NULL,
  requested_by    VARCHAR(120) NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  generation_ms   BIGINT       NOT NULL,
  pdf_content_id  BIGINT,
  xlsx_content_id BIGINT,
  mailed_at       DATETIME(3),
  recipients      VARCHAR(2000),
  CONSTRAINT fk_report_run_pdf FOREIGN KEY (pdf_content_id) REFERENCES stored_content (id),
  CONSTRAINT fk_report_run_xlsx FOREIGN KEY (xlsx_content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_run_period ON report_run (kind, period_code, created_at);
CREATE INDEX ix_report_run_created ON report_run (created_at);

-- The claim is the primary key: INSERT IGNORE of an existing (kind, period) changes nothing.
CREATE TABLE report_ledger (
  kind        VARCHAR(20)  NOT NULL,
  period_code VARCHAR(10)  NOT NULL,
  claimed_at  DATETIME(3)  NOT NULL,
  claimed_by  VARCHAR(120) NOT NULL,
  run_id      BIGINT,
  PRIMARY KEY (kind, period_code),
  CONSTRAINT fk_report_ledger_run FOREIGN KEY (run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_snapshot (
  period_code       VARCHAR(10)   NOT NULL,
  dimension         VARCHAR(20)   NOT NULL,
  item              VARCHAR(120)  NOT NULL,
  received          INT           NOT NULL,
  answered          INT           NOT NULL,
  answered_in_term  INT           NOT NULL,
  pct_in_term       DECIMAL(7,2),
  mean_days         DECIMAL(9,2),
  median_days       DECIMAL(9,2),
  pct_first_level   DECIMAL(7,2),
  satisfaction_mean DECIMAL(5,2),
  satisfaction_high DECIMAL(7,2),
  ratings           INT           NOT NULL,
  overdue_open      INT           NOT NULL,
  improcedentes     INT           NOT NULL,
  traslados         INT           NOT NULL,
  computed_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (period_code, dimension, item)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox_attachment (
  id         BIGINT       NOT NULL PRIMARY KEY,
  message_id BIGINT       NOT NULL,
  file_name  VARCHAR(255) NOT NULL,
  media_type VARCHAR(150) NOT NULL,
  content_id BIGINT       NOT NULL,
  CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id),
  CONSTRAINT fk_outbox_attachment_content FOREIGN KEY (content_id) REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_attachment_message ON outbox_attachment (message_id);
-- The reports read a period's cases through three covering indexes, never the table's rows
-- (ReportBenchmark over 1,000,000 cases: a quarter's queries went from 2.4-3.6 s each to
-- 0.2-0.5 s with the default 128 MiB buffer pool):
--   * answers by answer time, with what the "answered" figures and the business days need; its
--     prefix (answered_at, closed_at, due_date) also finds the cases never answered nor closed
--     whose term has passed ("overdue open");
--   * receptions by reception time, with the breakdowns and the subject (recurrence);
--   * closings by closing time and state (improcedentes, traslados).
CREATE INDEX ix_pqrs_case_answered ON pqrs_case
  (answered_at, closed_at, due_date, received_at, awaiting_information, escalation_level,
   satisfaction_score, type, channel, area_id, agency, severity_level);
CREATE INDEX ix_pqrs_case_report_received ON pqrs_case
  (received_at, type, channel, area_id, agency, severity_level, subject);
CREATE INDEX ix_pqrs_case_closed ON pqrs_case
  (closed_at, state, type, channel, area_id, agency, severity_level);
