-- Version 10: indexes for the inbox's filters, so that each filter narrows the cases through an
-- index and a page costs milliseconds over a million cases (see InboxBenchmark).
--   * words of the subject (and of the petitioner's names, for roles that may see them): full-text,
--     accent- and case-insensitive through the column collation;
--   * exact searches for a document number or an email;
--   * channel, agency and severity level, each with the state and the due date that sort the page;
--   * the reception time, for the dashboard's month and the sort by reception.

ALTER TABLE pqrs_case
  ADD FULLTEXT INDEX ft_pqrs_case_subject (subject),
  ADD FULLTEXT INDEX ft_pqrs_case_text (subject, petitioner_names);

CREATE INDEX ix_pqrs_case_document ON pqrs_case (petitioner_document_number);
CREATE INDEX ix_pqrs_case_email ON pqrs_case (petitioner_email);
CREATE INDEX ix_pqrs_case_channel ON pqrs_case (channel, state, due_date);
CREATE INDEX ix_pqrs_case_agency ON pqrs_case (agency, state, due_date);
CREATE INDEX ix_pqrs_case_level ON pqrs_case (severity_level, state, due_date);
CREATE INDEX ix_pqrs_case_received ON pqrs_case (received_at);
