-- The case view's enumerations were checked by the server on every update (status, classification,
-- disorder: each value against its list), and every follow-up updates its case view. Measured on
-- 100,000 rows, an update with the three checks cost the server 59-97 µs, the same update on a copy
-- without them 23-50 µs (docs/benchmarks.md, session 30): the checks were most of the statement.
-- The row is written only by its projection, from Java enumerations, and rebuilt from the events,
-- so the checks guard nothing the types do not. H2 stores these columns as enumerations and has no
-- such checks.
alter table q_case_view drop constraint q_case_view_status_check;
alter table q_case_view drop constraint q_case_view_latest_classification_check;
alter table q_case_view drop constraint q_case_view_disorder_check;
