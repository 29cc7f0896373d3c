-- As PostgreSQL's V17: the case views are found by jurisdiction and their next due date tested on
-- the row, so the index is the same on both databases. H2 has no page fill setting.
drop index ix_case_jurisdiction_due;
create index ix_case_jurisdiction on q_case_view (jurisdiction);
