-- Version 18: one mail, one case, whichever of our mailboxes it reaches. A mail sent to servicio
-- and copied to a sede used to be filed twice (the source key includes the mailbox). mail_distinct
-- holds each mail once by its message key (SHA-256 of Message-ID and sender, or of its content when
-- it has no Message-ID): its primary key lets only one of two mailboxes reading it at the same
-- instant through. mail_delivery notes every mailbox it reached.

CREATE TABLE mail_distinct (
  message_key       VARCHAR(80)   NOT NULL PRIMARY KEY,
  mailbox           VARCHAR(60)   NOT NULL,
  source_key        VARCHAR(500)  NOT NULL,
  outcome           VARCHAR(20),
  radicado          VARCHAR(40),
  first_received_at DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_delivery (
  message_key VARCHAR(80)   NOT NULL,
  mailbox     VARCHAR(60)   NOT NULL,
  source_key  VARCHAR(500)  NOT NULL,
  received_at DATETIME(3)   NOT NULL,
  PRIMARY KEY (message_key, mailbox)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
