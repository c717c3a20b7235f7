-- Version 7: the organization's term rules in the database. The preset is chosen at first start
-- (ventanilla.preset) and can be changed later, as can each type's and level's term.

CREATE TABLE organization_settings (
  id                    TINYINT      NOT NULL PRIMARY KEY,
  version               BIGINT       NOT NULL DEFAULT 0,
  preset_id             VARCHAR(40)  NOT NULL,
  saturday_business_day BOOLEAN      NOT NULL DEFAULT FALSE,
  changed_at            DATETIME(3)  NOT NULL,
  changed_by            VARCHAR(120) NOT NULL,
  CONSTRAINT ck_organization_settings_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A term that differs from the preset's: for a PQRS type (term_key = type name) or a severity
-- level (term_key = '1'..'4'); days NULL means "no term" (set case by case, e.g. by a committee).
CREATE TABLE term_override (
  kind       VARCHAR(10)  NOT NULL,
  term_key   VARCHAR(30)  NOT NULL,
  days       INT,
  changed_at DATETIME(3)  NOT NULL,
  changed_by VARCHAR(120) NOT NULL,
  PRIMARY KEY (kind, term_key),
  CONSTRAINT ck_term_override_kind CHECK (kind IN ('TYPE', 'LEVEL')),
  CONSTRAINT ck_term_override_days CHECK (days IS NULL OR days BETWEEN 1 AND 365)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
