-- Version 15: the petitioner's satisfaction (issue #14, items 1, 2 and the satisfaction parts of
-- 5 and 6).
--   * satisfaction_secret: the key that signs rating and survey links when none is configured
--     (ventanilla.rating.secret unset): generated once, kept here, never in the repository;
--   * rating_request: one row per answered case whose answer mail carried the rating links
--     (seed 003 §5.3 scale 5 Excelente ... 1 Muy mala): until when the link works, the reminder
--     sent once (reminded_at is the ledger of the reminder), the rating by link with its comment;
--   * survey_questionnaire/section/question: the SIG office's questionnaire of the semiannual
--     survey GO-RG-03 (seed 002 §5.1; seed 004 "Aplicación Encuesta de satisfacción de clientes"),
--     versioned: a version used by a campaign is frozen;
--   * client_contact: who is surveyed (company, contact, email, phone, agency, contract);
--   * survey_ledger: the timer's claims, one per semester (June and December): a campaign opens
--     once whatever the number of nodes or restarts, as report_ledger does for reports;
--   * survey_campaign, survey_invitation (one per contact, its personal link), survey_response and
--     survey_answer (the answers, by link or entered by staff after a call or a visit).

INSERT INTO id_generator (name, next_value) VALUES
  ('survey_questionnaire', 100), ('survey_section', 100), ('survey_question', 100),
  ('client_contact', 0), ('survey_campaign', 0), ('survey_invitation', 0),
  ('survey_response', 0);

CREATE TABLE satisfaction_secret (
  name       VARCHAR(40)  NOT NULL PRIMARY KEY,
  secret     VARCHAR(100) NOT NULL,
  created_at DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rating_request (
  case_id        BIGINT        NOT NULL PRIMARY KEY,
  version        BIGINT        NOT NULL DEFAULT 0,
  radicado       VARCHAR(40)   NOT NULL,
  mailed_at      DATETIME(3)   NOT NULL,
  link_until     DATE          NOT NULL,
  reminded_at    DATETIME(3),
  first_rated_at DATETIME(3),
  rated_at       DATETIME(3),
  score          INT,
  accepted       BOOLEAN,
  comment        VARCHAR(2000),
  changes        INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_rating_request_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rating_request_reminder ON rating_request (reminded_at, rated_at, mailed_at);

CREATE TABLE survey_questionnaire (
  id          BIGINT       NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL DEFAULT 0,
  number      INT          NOT NULL,
  title       VARCHAR(200) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  created_by  VARCHAR(120) NOT NULL,
  frozen_at   DATETIME(3),
  CONSTRAINT uk_survey_questionnaire_number UNIQUE (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_section (
  id               BIGINT       NOT NULL PRIMARY KEY,
  questionnaire_id BIGINT       NOT NULL,
  position         INT          NOT NULL,
  title            VARCHAR(200) NOT NULL,
  CONSTRAINT fk_survey_section_questionnaire FOREIGN KEY (questionnaire_id)
    REFERENCES survey_questionnaire (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_question (
  id         BIGINT       NOT NULL PRIMARY KEY,
  section_id BIGINT       NOT NULL,
  position   INT          NOT NULL,
  kind       VARCHAR(10)  NOT NULL,
  text       VARCHAR(500) NOT NULL,
  CONSTRAINT fk_survey_question_section FOREIGN KEY (section_id) REFERENCES survey_section (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_contact (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL DEFAULT 0,
  company      VARCHAR(200) NOT NULL,
  contact_name VARCHAR(200) NOT NULL,
  email        VARCHAR(254),
  phone        VARCHAR(40),
  agency       VARCHAR(120),
  contract     VARCHAR(80),
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uk_client_contact_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_campaign (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  period_code      VARCHAR(10)  NOT NULL,
  questionnaire_id BIGINT       NOT NULL,
  opened_at        DATETIME(3)  NOT NULL,
  opened_by        VARCHAR(120) NOT NULL,
  answer_until     DATE         NOT NULL,
  reminded_at      DATETIME(3),
  closed_at        DATETIME(3),
  results_mailed_to VARCHAR(2000),
  CONSTRAINT uk_survey_campaign_period UNIQUE (period_code),
  CONSTRAINT fk_survey_campaign_questionnaire FOREIGN KEY (questionnaire_id)
    REFERENCES survey_questionnaire (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The claim is the primary key: INSERT IGNORE of an existing period changes nothing.
CREATE TABLE survey_ledger (
  period_code VARCHAR(10)  NOT NULL PRIMARY KEY,
  claimed_at  DATETIME(3)  NOT NULL,
  claimed_by  VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_invitation (
  id          BIGINT       NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL DEFAULT 0,
  campaign_id BIGINT       NOT NULL,
  contact_id  BIGINT       NOT NULL,
  company     VARCHAR(200) NOT NULL,
  agency      VARCHAR(120),
  mailed_at   DATETIME(3),
  reminded_at DATETIME(3),
  CONSTRAINT uk_survey_invitation UNIQUE (campaign_id, contact_id),
  CONSTRAINT fk_survey_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
  CONSTRAINT fk_survey_invitation_contact FOREIGN KEY (contact_id) REFERENCES client_contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_response (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL DEFAULT 0,
  invitation_id BIGINT       NOT NULL,
  channel       VARCHAR(10)  NOT NULL,
  answered_at   DATETIME(3)  NOT NULL,
  entered_by    VARCHAR(120),
  replaced      INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_survey_response_invitation UNIQUE (invitation_id),
  CONSTRAINT fk_survey_response_invitation FOREIGN KEY (invitation_id)
    REFERENCES survey_invitation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
  response_id BIGINT        NOT NULL,
  question_id BIGINT        NOT NULL,
  score       INT,
  text        VARCHAR(2000),
  PRIMARY KEY (response_id, question_id),
  CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
  CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Version 1 of the questionnaire, which the SIG office edits before the first campaign: the
-- parameters seed 004 evaluates (the client's perception and whether the service met its
-- expectations) and the recommendation question of the NPS (seed 001 §8.2).
INSERT INTO survey_questionnaire (id, number, title, created_at, created_by) VALUES
  (1, 1, 'Encuesta de satisfacción del cliente GO-RG-03', NOW(3), 'sistema');
INSERT INTO survey_section (id, questionnaire_id, position, title) VALUES
  (1, 1, 1, 'Servicio de vigilancia'),
  (2, 1, 2, 'Atención y comunicación'),
  (3, 1, 3, 'Recomendación');
INSERT INTO survey_question (id, section_id, position, kind, text) VALUES
  (1, 1, 1, 'ESCALA', 'Califique la presentación personal y la actitud de los guardas en el puesto.'),
  (2, 1, 2, 'ESCALA', 'Califique el cumplimiento de las consignas y los procedimientos del puesto.'),
  (3, 1, 3, 'SI_NO', '¿El servicio cumplió sus expectativas en este semestre?'),
  (4, 2, 1, 'ESCALA', 'Califique la oportunidad de las respuestas a sus solicitudes, quejas y reclamos.'),
  (5, 2, 2, 'ESCALA', 'Califique la comunicación con su coordinador o supervisor.'),
  (6, 3, 1, 'NPS', 'De 0 a 10, ¿qué tan probable es que recomiende nuestros servicios a otra empresa?'),
  (7, 3, 2, 'TEXTO', '¿Qué deberíamos mejorar?');
