-- Version 12: programs that file PQRS on behalf of citizens, and locks per address.
--   * api_client: a named program (the company's own web site, a partner's portal) with a secret
--     shown once and kept only as its SHA-256, a scope and its own hourly limit of filings, so it is
--     not capped by the per-address limit meant for people (issue: safe by default);
--   * login_attempt by address and time: failed logins lock an account per address and an
--     address over all accounts (StaffDirectory.authenticate).

INSERT INTO id_generator (name, next_value) VALUES ('api_client', 0);

CREATE TABLE api_client (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL DEFAULT 0,
  name          VARCHAR(120) NOT NULL,
  key_id        VARCHAR(32)  NOT NULL,
  secret_sha256 CHAR(64)     NOT NULL,
  scope         VARCHAR(30)  NOT NULL,
  per_hour      INT          NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  created_by    VARCHAR(120) NOT NULL,
  revoked_at    DATETIME(3),
  revoked_by    VARCHAR(120),
  last_used_at  DATETIME(3),
  CONSTRAINT uq_api_client_key UNIQUE (key_id),
  CONSTRAINT uq_api_client_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_login_attempt_address ON login_attempt (address, attempted_at);
