-- Duplicate detection and merge: a person recorded twice counts once.
alter table q_case_view drop constraint q_case_view_status_check;
alter table q_case_view add constraint q_case_view_status_check check (status in ('ACTIVE','LOST','DECEASED','MOVED_OUT','DEREGISTERED','MERGED'));
alter table q_case_view add column person_fingerprint varchar(64);
alter table q_case_view add column merged_into varchar(36);
alter table q_case_view add column merged_duplicates varchar(2000);
create index ix_case_person on q_case_view (person_fingerprint);

alter table q_ind_timeline add column merged_into varchar(36);
alter table q_ind_timeline add column absorbed_json varchar(1000000);
