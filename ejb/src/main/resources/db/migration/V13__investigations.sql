-- Version 13: investigations of siniestros and grave incidents (seed 002, GO-PD-03 §4 activities 2
-- and 5, level 4 of the MANEJO DE PQRS table; seed 000, instructivo de investigaciones por
-- siniestros). An investigation is its own aggregate, tied to the case it was opened from by the
-- case's id and radicado; the case keeps its term, its answer and its petitioner.
--   * cause: the list of causes the administrator keeps (shared later with cases and ACPM);
--   * investigation_document_template: the documents the affected client must provide, by
--     modality (the checklist the administrator configures);
--   * investigation and its parts: committee, losses and recoveries, parties (and disclosures of
--     protected identities), evidence with its chain of custody, sessions (actas) and their tasks,
--     documents requested, contacts with authorities, votes, improvement actions, timeline.

INSERT INTO id_generator (name, next_value) VALUES
  ('cause', 100), ('investigation', 0), ('investigation_party', 0), ('investigation_evidence', 0),
  ('investigation_session', 0), ('investigation_document', 0), ('investigation_authority', 0),
  ('investigation_document_template', 100);

CREATE TABLE cause (
  id     BIGINT       NOT NULL PRIMARY KEY,
  code   VARCHAR(40)  NOT NULL,
  name   VARCHAR(200) NOT NULL,
  active BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_cause_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO cause (id, code, name, active) VALUES
  (1, 'PROCEDIMIENTO_NO_CUMPLIDO', 'Incumplimiento de consignas o procedimientos del puesto', TRUE),
  (2, 'FALLA_CONTROL_ACCESO', 'Falla en el control de acceso de personas o vehículos', TRUE),
  (3, 'PUESTO_DESCUBIERTO', 'Puesto sin cubrir o relevo tardío', TRUE),
  (4, 'FALLA_MEDIOS_TECNICOS', 'Falla de medios técnicos (CCTV, alarmas, comunicaciones)', TRUE),
  (5, 'CONDUCTA_PERSONAL', 'Conducta indebida del personal', TRUE),
  (6, 'FACTOR_EXTERNO', 'Hecho de terceros no evitable con el servicio contratado', TRUE),
  (7, 'RIESGO_CLIENTE', 'Riesgo a cargo del cliente (recomendaciones de seguridad no atendidas)', TRUE),
  (8, 'SIN_CAUSA_ATRIBUIBLE', 'No se estableció causa atribuible al servicio', TRUE);

CREATE TABLE investigation_document_template (
  id       BIGINT       NOT NULL PRIMARY KEY,
  modality VARCHAR(40)  NOT NULL,
  name     VARCHAR(200) NOT NULL,
  position INT          NOT NULL,
  active   BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_investigation_document_template_modality
  ON investigation_document_template (modality, position);

INSERT INTO investigation_document_template (id, modality, name, position, active) VALUES
  (1, 'HURTO', 'Copia de la denuncia penal', 1, TRUE),
  (2, 'HURTO', 'Inventario de los bienes hurtados', 2, TRUE),
  (3, 'HURTO', 'Facturas o soportes de propiedad de los bienes', 3, TRUE),
  (4, 'HURTO', 'Fotografías del lugar y de los bienes', 4, TRUE),
  (5, 'INTENTO_INTRUSION', 'Fotografías de los daños o rastros de la intrusión', 1, TRUE),
  (6, 'INTENTO_INTRUSION', 'Grabaciones de CCTV del cliente, si las hay', 2, TRUE),
  (7, 'DANO', 'Fotografías de los daños', 1, TRUE),
  (8, 'DANO', 'Cotización o factura de la reparación', 2, TRUE),
  (9, 'AGRESION', 'Copia de la denuncia o del informe de policía, si lo hay', 1, TRUE),
  (10, 'AGRESION', 'Incapacidad o dictamen médico, si lo hay', 2, TRUE),
  (11, 'VIOLACION_DERECHOS_HUMANOS', 'Relato escrito del afectado', 1, TRUE),
  (12, 'INCUMPLIMIENTO_LEY', 'Soporte del incumplimiento alegado', 1, TRUE),
  (13, 'SANCION_AUTORIDAD', 'Copia del acto de la autoridad', 1, TRUE),
  (14, 'OTRO', 'Relato escrito del afectado', 1, TRUE);

CREATE TABLE investigation (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  version               BIGINT        NOT NULL DEFAULT 0,
  case_id               BIGINT        NOT NULL,
  radicado              VARCHAR(40)   NOT NULL,
  modality              VARCHAR(40)   NOT NULL,
  reason                VARCHAR(4000) NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  opened_by             VARCHAR(120)  NOT NULL,
  opened_at             DATETIME(3)   NOT NULL,
  -- facts of the siniestro
  occurred_at           DATETIME(3),
  agency                VARCHAR(200),
  client                VARCHAR(200),
  post                  VARCHAR(200),
  narrative             TEXT,
  guards_on_duty        VARCHAR(1000),
  minuta_reference      VARCHAR(200),
  -- insurance
  insurer               VARCHAR(200),
  policy_number         VARCHAR(100),
  claim_number          VARCHAR(100),
  -- acta de atención al usuario por hurto (seed 000)
  acta_attended_at      DATETIME(3),
  acta_place            VARCHAR(300),
  acta_victim           VARCHAR(200),
  acta_victim_document  VARCHAR(60),
  acta_narrative        TEXT,
  acta_items            TEXT,
  acta_authorities      VARCHAR(1000),
  acta_recorded_by      VARCHAR(120),
  acta_signed_content_id BIGINT,
  acta_signed_file_name VARCHAR(255),
  -- conclusions
  cause_id              BIGINT,
  responsibilities      TEXT,
  sanctions             TEXT,
  measures              TEXT,
  claim_decision        VARCHAR(20),
  claim_amount          DECIMAL(15, 2),
  concluded_by          VARCHAR(120),
  concluded_at          DATETIME(3),
  closed_by             VARCHAR(120),
  closed_at             DATETIME(3),
  report_attachment_id  BIGINT,
  CONSTRAINT uk_investigation_case UNIQUE (case_id),
  CONSTRAINT uk_investigation_radicado UNIQUE (radicado),
  CONSTRAINT fk_investigation_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id),
  CONSTRAINT fk_investigation_cause FOREIGN KEY (cause_id) REFERENCES cause (id),
  CONSTRAINT fk_investigation_acta_content FOREIGN KEY (acta_signed_content_id)
    REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_member (
  investigation_id BIGINT       NOT NULL,
  position         INT          NOT NULL,
  user_name        VARCHAR(120) NOT NULL,
  committee_role   VARCHAR(20)  NOT NULL,
  chair            BOOLEAN      NOT NULL DEFAULT FALSE,
  added_by         VARCHAR(120) NOT NULL,
  added_at         DATETIME(3)  NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_member FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_investigation_member_user ON investigation_member (user_name);

CREATE TABLE investigation_loss (
  investigation_id BIGINT        NOT NULL,
  position         INT           NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  description      VARCHAR(500)  NOT NULL,
  amount           DECIMAL(15, 2) NOT NULL,
  recorded_by      VARCHAR(120)  NOT NULL,
  recorded_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_loss FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_party (
  id               BIGINT        NOT NULL PRIMARY KEY,
  investigation_id BIGINT        NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  ordinal          INT           NOT NULL,
  names            VARCHAR(200)  NOT NULL,
  document         VARCHAR(60),
  contact          VARCHAR(300),
  notes            VARCHAR(2000),
  protected_party  BOOLEAN       NOT NULL DEFAULT FALSE,
  added_by         VARCHAR(120)  NOT NULL,
  added_at         DATETIME(3)   NOT NULL,
  CONSTRAINT fk_investigation_party FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_investigation_party ON investigation_party (investigation_id);

CREATE TABLE investigation_disclosure (
  investigation_id BIGINT        NOT NULL,
  position         INT           NOT NULL,
  party_id         BIGINT        NOT NULL,
  to_user          VARCHAR(120)  NOT NULL,
  reason           VARCHAR(1000) NOT NULL,
  disclosed_by     VARCHAR(120)  NOT NULL,
  disclosed_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_disclosure FOREIGN KEY (investigation_id)
    REFERENCES investigation (id),
  CONSTRAINT fk_investigation_disclosure_party FOREIGN KEY (party_id)
    REFERENCES investigation_party (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_evidence (
  id                BIGINT        NOT NULL PRIMARY KEY,
  investigation_id  BIGINT        NOT NULL,
  number            INT           NOT NULL,
  kind              VARCHAR(30)   NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  source            VARCHAR(300),
  file_name         VARCHAR(255),
  content_id        BIGINT,
  sha256            CHAR(64),
  size_bytes        BIGINT,
  media_type        VARCHAR(150),
  added_by          VARCHAR(120)  NOT NULL,
  added_at          DATETIME(3)   NOT NULL,
  superseded_by     VARCHAR(120),
  superseded_at     DATETIME(3),
  superseded_reason VARCHAR(1000),
  CONSTRAINT uk_investigation_evidence_number UNIQUE (investigation_id, number),
  CONSTRAINT fk_investigation_evidence FOREIGN KEY (investigation_id) REFERENCES investigation (id),
  CONSTRAINT fk_investigation_evidence_content FOREIGN KEY (content_id)
    REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evidence_custody (
  evidence_id    BIGINT        NOT NULL,
  position       INT           NOT NULL,
  from_holder    VARCHAR(200)  NOT NULL,
  to_holder      VARCHAR(200)  NOT NULL,
  transferred_at DATETIME(3)   NOT NULL,
  purpose        VARCHAR(1000) NOT NULL,
  recorded_by    VARCHAR(120)  NOT NULL,
  PRIMARY KEY (evidence_id, position),
  CONSTRAINT fk_evidence_custody FOREIGN KEY (evidence_id) REFERENCES investigation_evidence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_session (
  id               BIGINT        NOT NULL PRIMARY KEY,
  investigation_id BIGINT        NOT NULL,
  number           INT           NOT NULL,
  version_no       INT           NOT NULL,
  held_on          DATE          NOT NULL,
  attendees        VARCHAR(2000) NOT NULL,
  agenda           TEXT          NOT NULL,
  developments     TEXT,
  decisions        TEXT,
  status           VARCHAR(20)   NOT NULL,
  created_by       VARCHAR(120)  NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  approved_by      VARCHAR(120),
  approved_at      DATETIME(3),
  content_sha256   CHAR(64),
  correction_reason VARCHAR(1000),
  CONSTRAINT uk_investigation_session UNIQUE (investigation_id, number, version_no),
  CONSTRAINT fk_investigation_session FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_task (
  session_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  description VARCHAR(1000) NOT NULL,
  owner       VARCHAR(120)  NOT NULL,
  due_on      DATE          NOT NULL,
  done        BOOLEAN       NOT NULL DEFAULT FALSE,
  done_at     DATETIME(3),
  PRIMARY KEY (session_id, position),
  CONSTRAINT fk_session_task FOREIGN KEY (session_id) REFERENCES investigation_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_document (
  id               BIGINT       NOT NULL PRIMARY KEY,
  investigation_id BIGINT       NOT NULL,
  name             VARCHAR(200) NOT NULL,
  requested_by     VARCHAR(120) NOT NULL,
  requested_at     DATETIME(3)  NOT NULL,
  received_by      VARCHAR(120),
  received_at      DATETIME(3),
  file_name        VARCHAR(255),
  content_id       BIGINT,
  CONSTRAINT fk_investigation_document FOREIGN KEY (investigation_id) REFERENCES investigation (id),
  CONSTRAINT fk_investigation_document_content FOREIGN KEY (content_id)
    REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_authority (
  id               BIGINT        NOT NULL PRIMARY KEY,
  investigation_id BIGINT        NOT NULL,
  authority        VARCHAR(30)   NOT NULL,
  direction        VARCHAR(10)   NOT NULL,
  reference        VARCHAR(200),
  occurred_on      DATE          NOT NULL,
  note             VARCHAR(2000),
  file_name        VARCHAR(255),
  content_id       BIGINT,
  recorded_by      VARCHAR(120)  NOT NULL,
  recorded_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_investigation_authority FOREIGN KEY (investigation_id)
    REFERENCES investigation (id),
  CONSTRAINT fk_investigation_authority_content FOREIGN KEY (content_id)
    REFERENCES stored_content (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_vote (
  investigation_id BIGINT        NOT NULL,
  position         INT           NOT NULL,
  user_name        VARCHAR(120)  NOT NULL,
  in_favour        BOOLEAN       NOT NULL,
  note             VARCHAR(1000),
  voted_at         DATETIME(3)   NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_vote FOREIGN KEY (investigation_id) REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_improvement (
  investigation_id BIGINT        NOT NULL,
  position         INT           NOT NULL,
  text             VARCHAR(1000) NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_improvement FOREIGN KEY (investigation_id)
    REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_timeline (
  investigation_id BIGINT        NOT NULL,
  position         INT           NOT NULL,
  occurred_at      DATETIME(3)   NOT NULL,
  actor            VARCHAR(120)  NOT NULL,
  text             VARCHAR(2000) NOT NULL,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT fk_investigation_timeline FOREIGN KEY (investigation_id)
    REFERENCES investigation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
