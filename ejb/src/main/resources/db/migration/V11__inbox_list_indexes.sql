-- Version 11: indexes the inbox needs over a million cases (measured with InboxBenchmark,
-- ejb/src/test/java/co/ventanilla/cases/persistence/InboxBenchmark.java; median of count + page):
--   * a type with the open states and the area (the inbox filtered by type, for everyone and for a
--     responsable's or leader's areas): ix_pqrs_case_type_due orders by due date but cannot narrow
--     to the open states, so the count read a type's cases of every year, row by row, to find the
--     open ones (open quejas: SIG 224 -> 65 ms, a responsable 150 -> 37 ms);
--   * a responsible with the area: the inbox of a responsable reads "assigned to me, outside my
--     areas" as a part of its own; ix_pqrs_case_responsible_state cannot leave out their areas, so
--     that part read every case ever assigned to them to find almost none (all their cases:
--     327 -> 33 ms);
--   * the due-date order with the state, protection and area of each case: InboxSql reads the ids
--     of a long list's page from this index alone and fetches the rows of the page only, instead
--     of reading every case in due-date order to find the open ones (SIG, offset 5,000:
--     336 -> 88 ms).

CREATE INDEX ix_pqrs_case_type_state ON pqrs_case (type, state, area_id, due_date);
CREATE INDEX ix_pqrs_case_responsible_area ON pqrs_case (responsible, area_id, state, due_date);
CREATE INDEX ix_pqrs_case_due_cover
  ON pqrs_case (due_date, received_at, id, state, protected_case, area_id);
