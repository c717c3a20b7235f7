-- Version 19: consent as evidence (Ley 1581 de 2012 arts. 9 and 17(b); Decreto 1377 de 2013 art. 7:
-- the authorization is kept so that it can be consulted later). The administrator publishes the
-- versions of the data-processing policy; each consent keeps the version, the SHA-256 of its text,
-- the channel and the origin (address, staff user, import); a revocation of the authorization is
-- recorded (by the SHA-256 of the person's document and email, never the values) and honoured.

CREATE TABLE privacy_policy_version (
  version      VARCHAR(40)  NOT NULL PRIMARY KEY,
  text         MEDIUMTEXT   NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  published_at DATETIME(3)  NOT NULL,
  published_by VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The text the public form showed until now (version 2026-01, the former default of
-- ventanilla.privacy-policy.version); SHA2 hashes the UTF-8 bytes of the utf8mb4 string.
INSERT INTO privacy_policy_version (version, text, sha256, published_at, published_by)
SELECT '2026-01', t, SHA2(t, 256), '2026-01-01 00:00:00.000', 'sistema'
FROM (SELECT CONVERT('De acuerdo con la Ley 1581 de 2012, los datos que entregue se usarán solo para tramitar y responder su solicitud y para medir la calidad del servicio. Puede conocer, actualizar, rectificar o suprimir sus datos en cualquier momento mediante una petición por este mismo canal.' USING utf8mb4) AS t) s;

ALTER TABLE intake_record
  ADD COLUMN consent_policy_sha256 CHAR(64),
  ADD COLUMN consent_channel       VARCHAR(20),
  ADD COLUMN consent_origin        VARCHAR(200);

CREATE TABLE privacy_consent_revocation (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doc_hash     CHAR(64),
  email_hash   CHAR(64),
  reason       VARCHAR(2000) NOT NULL,
  reclamo      VARCHAR(40),
  revoked_at   DATETIME(3)   NOT NULL,
  recorded_by  VARCHAR(120)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_revocation_doc ON privacy_consent_revocation (doc_hash);
CREATE INDEX ix_privacy_revocation_email ON privacy_consent_revocation (email_hash);
