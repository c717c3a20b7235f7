-- Version 8: protected cases (denuncias, whistle-blower box, protected complainants and
-- witnesses): their petitioner is shown only to the people named on the case (seed 002 §4).

ALTER TABLE pqrs_case ADD COLUMN protected_case BOOLEAN NOT NULL DEFAULT FALSE AFTER immediate_attention;
CREATE INDEX ix_pqrs_case_protected ON pqrs_case (protected_case, due_date);
