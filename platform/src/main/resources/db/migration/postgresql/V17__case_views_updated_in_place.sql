-- Every follow-up updates its case's view, and its next due date changes with nearly every one. An
-- index on next_due made each of those updates write the row's new version to a new place and an
-- entry into each of the table's four indexes (docs/benchmarks.md, session 22: 254 µs of the
-- server's time per follow-up, the largest of its statements). The lists read a jurisdiction's
-- cases through its code, which an update does not change, and test next_due on the rows they find.
drop index ix_case_jurisdiction_due;
create index ix_case_jurisdiction on q_case_view (jurisdiction);
-- Room on each page for the rows' next versions, so that updates stay on their page (HOT). The
-- timelines and alert subjects are updated by every follow-up too, through their keys alone.
alter table q_case_view set (fillfactor = 80);
alter table q_ind_timeline set (fillfactor = 70);
alter table q_alert_subject set (fillfactor = 80);
