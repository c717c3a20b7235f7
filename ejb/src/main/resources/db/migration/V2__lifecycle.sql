-- Ventanilla schema, version 2: the life of a case.
--   * areas (processes) with their leaders, and the escalation ladder of seed 001 §7.2;
--   * on the case: classification (severity, immediate attention), term length and its legal
--     events (ampliación, suspensión; Ley 1755 de 2015 arts. 14 and 17), assignment, escalation,
--     traslado, answer and follow-up data;
--   * the kind of event of each history line;
--   * answer versions, links between cases, and the mail outbox.
-- Nothing is ever deleted from these tables by the application: foreign keys restrict.

INSERT INTO id_generator (name, next_value) VALUES
  ('area', 0), ('case_term_event', 0), ('case_answer', 0), ('case_link', 0), ('outbox_message', 0);

CREATE TABLE area (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL DEFAULT 0,
  name         VARCHAR(120) NOT NULL,
  leader       VARCHAR(120) NOT NULL,
  leader_email VARCHAR(254),
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_area_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Seed 001 §7.2; each company renames the levels and sets their mailboxes.
CREATE TABLE escalation_level (
  level   TINYINT      NOT NULL PRIMARY KEY,
  name    VARCHAR(120) NOT NULL,
  mailbox VARCHAR(254),
  CONSTRAINT ck_escalation_level_range CHECK (level BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO escalation_level (level, name, mailbox) VALUES
  (1, 'Atención al cliente', NULL),
  (2, 'Coordinador de área', NULL),
  (3, 'Gerencia de operaciones', NULL),
  (4, 'Gerencia general', NULL);

ALTER TABLE pqrs_case
  ADD COLUMN severity_level       TINYINT,
  ADD COLUMN immediate_attention  BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN term_days            INT,
  ADD COLUMN awaiting_information BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN area_id              BIGINT,
  ADD COLUMN responsible          VARCHAR(120),
  ADD COLUMN escalation_level     TINYINT      NOT NULL DEFAULT 1,
  ADD COLUMN escalation_share     DECIMAL(6,4),
  ADD COLUMN traslado_authority   VARCHAR(300),
  ADD COLUMN answered_at          DATETIME(3),
  ADD COLUMN closed_at            DATETIME(3),
  ADD COLUMN petitioner_accepted  BOOLEAN,
  ADD COLUMN satisfaction_score   TINYINT,
  ADD CONSTRAINT ck_pqrs_case_severity CHECK (severity_level BETWEEN 1 AND 4),
  ADD CONSTRAINT ck_pqrs_case_term_days CHECK (term_days >= 1),
  ADD CONSTRAINT ck_pqrs_case_escalation CHECK (escalation_level BETWEEN 1 AND 4),
  ADD CONSTRAINT ck_pqrs_case_satisfaction CHECK (satisfaction_score BETWEEN 1 AND 5),
  ADD CONSTRAINT fk_pqrs_case_area FOREIGN KEY (area_id) REFERENCES area (id);

-- The escalation timer's candidates: open, term running, below the top level.
CREATE INDEX ix_pqrs_case_escalation
  ON pqrs_case (state, awaiting_information, escalation_level, due_date);
CREATE INDEX ix_pqrs_case_area_state ON pqrs_case (area_id, state, due_date);
CREATE INDEX ix_pqrs_case_responsible_state ON pqrs_case (responsible, state, due_date);

-- Every existing line is a filing; new lines always name their event.
ALTER TABLE case_history ADD COLUMN event VARCHAR(30) NOT NULL DEFAULT 'FILED';
ALTER TABLE case_history ALTER COLUMN event DROP DEFAULT;

-- Legal events of a case's term, replayed in seq order to rebuild it.
CREATE TABLE case_term_event (
  id           BIGINT        NOT NULL PRIMARY KEY,
  case_id      BIGINT        NOT NULL,
  seq          INT           NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  event_date   DATE          NOT NULL,
  new_due_date DATE,
  reason       VARCHAR(2000),
  recorded_by  VARCHAR(120)  NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_case_term_event_seq UNIQUE (case_id, seq),
  CONSTRAINT fk_case_term_event_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Versions of the answer: drafted, returned, approved (frozen), superseded, sent.
CREATE TABLE case_answer (
  id            BIGINT        NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL DEFAULT 0,
  case_id       BIGINT        NOT NULL,
  answer_number INT           NOT NULL,
  answer_text   MEDIUMTEXT    NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  drafted_by    VARCHAR(120)  NOT NULL,
  drafted_at    DATETIME(3)   NOT NULL,
  reviewed_by   VARCHAR(120),
  reviewed_at   DATETIME(3),
  review_note   VARCHAR(2000),
  sent_at       DATETIME(3),
  CONSTRAINT uk_case_answer_number UNIQUE (case_id, answer_number),
  CONSTRAINT fk_case_answer_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Links between cases (seed 003 §5.1: never merged). One row per direction.
CREATE TABLE case_link (
  id             BIGINT        NOT NULL PRIMARY KEY,
  case_id        BIGINT        NOT NULL,
  linked_case_id BIGINT        NOT NULL,
  note           VARCHAR(2000),
  linked_by      VARCHAR(120)  NOT NULL,
  linked_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uk_case_link UNIQUE (case_id, linked_case_id),
  CONSTRAINT ck_case_link_not_self CHECK (case_id <> linked_case_id),
  CONSTRAINT fk_case_link_case FOREIGN KEY (case_id) REFERENCES pqrs_case (id),
  CONSTRAINT fk_case_link_linked FOREIGN KEY (linked_case_id) REFERENCES pqrs_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mail waiting to be sent, written in the transaction of the change that causes it.
-- recipient NULL: nobody configured (last_error says so); the sender skips it.
CREATE TABLE outbox_message (
  id         BIGINT        NOT NULL PRIMARY KEY,
  version    BIGINT        NOT NULL DEFAULT 0,
  recipient  VARCHAR(254),
  subject    VARCHAR(300)  NOT NULL,
  body       MEDIUMTEXT    NOT NULL,
  radicado   VARCHAR(40),
  created_at DATETIME(3)   NOT NULL,
  sent_at    DATETIME(3),
  attempts   INT           NOT NULL DEFAULT 0,
  last_error VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_message_pending ON outbox_message (sent_at, created_at);
CREATE INDEX ix_outbox_message_radicado ON outbox_message (radicado, created_at);
