-- Version 21: the administrator's report schedule (issue #12, item 4).
--   * report_schedule: at most one row. When present, its recipients, hour and look-back replace
--     the configured ventanilla.reports.* values; when absent (the default, and after "volver a la
--     configuración"), the configuration decides.

CREATE TABLE report_schedule (
  id              INT           NOT NULL PRIMARY KEY,
  recipients      VARCHAR(2000) NOT NULL,
  due_hour        INT           NOT NULL,
  lookback_months INT           NOT NULL,
  updated_by      VARCHAR(120)  NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  CONSTRAINT ck_report_schedule_one CHECK (id = 1),
  CONSTRAINT ck_report_schedule_hour CHECK (due_hour BETWEEN 0 AND 23),
  CONSTRAINT ck_report_schedule_lookback CHECK (lookback_months BETWEEN 1 AND 60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
