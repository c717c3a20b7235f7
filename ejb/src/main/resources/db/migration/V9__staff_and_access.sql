-- Version 9: the people who use the intranet and what each may see.
--   * staff users with hashed passwords (Jakarta Security Pbkdf2PasswordHash), their roles and the
--     areas they work in; failed logins lock an account for a while; every attempt is kept;
--   * the people named on a case (case_member): the only ones who see a protected case
--     (denuncias, protected complainants and witnesses: seed 002 §4 activity 2);
--   * the journal of openings of protected cases and of refused accesses (who, when, from where);
--   * agencies (sedes, puestos) as a list the screens offer; cases keep the name as received.

INSERT INTO id_generator (name, next_value) VALUES
  ('staff_user', 0), ('login_attempt', 0), ('case_member', 0), ('case_access_log', 0), ('agency', 0);

CREATE TABLE staff_user (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  version              BIGINT       NOT NULL DEFAULT 0,
  user_name            VARCHAR(120) NOT NULL,
  full_name            VARCHAR(200) NOT NULL,
  email                VARCHAR(254),
  password_hash        VARCHAR(500),
  active               BOOLEAN      NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  receives_protected   BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_attempts      INT          NOT NULL DEFAULT 0,
  locked_until         DATETIME(3),
  last_login_at        DATETIME(3),
  password_changed_at  DATETIME(3),
  created_at           DATETIME(3)  NOT NULL,
  created_by           VARCHAR(120) NOT NULL,
  CONSTRAINT uk_staff_user_name UNIQUE (user_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT ck_staff_user_role CHECK
    (role IN ('RECEPCION', 'RESPONSABLE', 'LIDER', 'SIG', 'COMITE', 'GERENCIA', 'ADMIN')),
  CONSTRAINT fk_staff_user_role_user FOREIGN KEY (user_id) REFERENCES staff_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_user_area (
  user_id BIGINT NOT NULL,
  area_id BIGINT NOT NULL,
  PRIMARY KEY (user_id, area_id),
  CONSTRAINT fk_staff_user_area_user FOREIGN KEY (user_id) REFERENCES staff_user (id),
  CONSTRAINT fk_staff_user_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_attempt (
  id           BIGINT       NOT NULL PRIMARY KEY,
  user_name    VARCHAR(120) NOT NULL,
  attempted_at DATETIME(3)  NOT NULL,
  address      VARCHAR(64),
  outcome      VARCHAR(20)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_login_attempt_user ON login_attempt (user_name, attempted_at);
CREATE INDEX ix_login_attempt_time ON login_attempt (attempted_at);

CREATE TABLE case_member (
  id        BIGINT       NOT NULL PRIMARY KEY,
  case_id   BIGINT       NOT NULL,
  user_name VARCHAR(120) NOT NULL,
  reason    VARCHAR(20)  NOT NULL,
  added_by  VARCHAR(120) NOT NULL,
  added_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_case_member UNIQUE (case_id, user_name),
  CONSTRAINT fk_case_member_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The inbox joins a user's memberships to the cases: by user first.
CREATE INDEX ix_case_member_user ON case_member (user_name, case_id);

CREATE TABLE case_access_log (
  id          BIGINT       NOT NULL PRIMARY KEY,
  case_id     BIGINT,
  radicado    VARCHAR(40)  NOT NULL,
  user_name   VARCHAR(120) NOT NULL,
  accessed_at DATETIME(3)  NOT NULL,
  address     VARCHAR(64),
  action      VARCHAR(20)  NOT NULL,
  allowed     BOOLEAN      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_case_access_log_case ON case_access_log (radicado, accessed_at);
CREATE INDEX ix_case_access_log_user ON case_access_log (user_name, accessed_at);

CREATE TABLE agency (
  id      BIGINT       NOT NULL PRIMARY KEY,
  version BIGINT       NOT NULL DEFAULT 0,
  name    VARCHAR(120) NOT NULL,
  city    VARCHAR(120),
  active  BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_agency_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agencies that cases already name become the first list; the id generator continues after
-- them (EclipseLink's table sequencing hands out next_value + 1 onwards).
INSERT INTO agency (id, version, name, active)
SELECT ROW_NUMBER() OVER (ORDER BY a.agency), 0, a.agency, TRUE
FROM (SELECT DISTINCT agency FROM pqrs_case WHERE agency IS NOT NULL AND agency <> '') a;
UPDATE id_generator SET next_value = (SELECT COUNT(*) FROM agency) WHERE name = 'agency';
