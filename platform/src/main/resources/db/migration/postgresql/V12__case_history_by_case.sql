-- A case's history is keyed by its case and the event's sequence: the id column repeated the two
-- ("patient:sequence") and kept an index of its own beside the one on (patient_id, sequence), two
-- index entries per event where one serves every read and every insert.
alter table q_case_history drop constraint q_case_history_pkey;
drop index ix_history_patient;
alter table q_case_history drop column id;
alter table q_case_history add primary key (patient_id, sequence);
