-- Version 11: two indexes the inbox needs over a million cases (measured with InboxBenchmark,
-- ejb/src/test/java/co/ventanilla/cases/persistence/InboxBenchmark.java):
--   * a type with the open states (the inbox filtered by type): ix_pqrs_case_type_due orders by due
--     date but cannot narrow to the open states, so the count read a type's cases of every year,
--     row by row, to find the open ones (170 ms for QUEJA; 45 ms with this index);
--   * a responsible with the area: the inbox of a responsable reads "assigned to me, outside my
--     areas" as a part of its own; ix_pqrs_case_responsible_state cannot leave out their areas, so
--     that part read every case ever assigned to them to find almost none (140 ms for 44,000 cases;
--     under 1 ms with this index).

CREATE INDEX ix_pqrs_case_type_state ON pqrs_case (type, state, due_date);
CREATE INDEX ix_pqrs_case_responsible_area ON pqrs_case (responsible, area_id, state, due_date);
