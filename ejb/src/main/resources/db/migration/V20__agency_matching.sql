-- Version 20: agencies (sedes) as configured data, not only free text (issue #18, item 5).
--   * agency.address: the sede's address, as the organisation's documents give it (Coop. Reservis
--     CTA, política de atención: Bogotá, Medellín, Cali, Pereira, Manizales);
--   * pqrs_case.agency_unconfirmed: the agency received with the petition (form, mail, CSV, API)
--     matched none of the configured agencies; reception chooses one ("sede por confirmar"). The
--     case keeps the text as received until then.

ALTER TABLE agency ADD COLUMN address VARCHAR(300);

ALTER TABLE pqrs_case ADD COLUMN agency_unconfirmed BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_pqrs_case_agency_unconfirmed ON pqrs_case (agency_unconfirmed, state, due_date);
