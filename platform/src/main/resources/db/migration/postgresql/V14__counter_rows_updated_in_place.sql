-- The indicator counters are a few rows updated by nearly every batch of events (the country's, the
-- province's, a county's). An update that finds no room on its row's page writes the new version
-- elsewhere and adds an index entry for it, and until a vacuum every read of the row visits the old
-- versions too. At 1,000,000 patients, after a rebuild, the national year's state sum read 9,384 index
-- entries and 995 heap blocks for its 132 rows (4.1 ms; 132 rows in 74 blocks at 100,000), and
-- autovacuum, at its default of 20% dead rows, had not come (118,225 dead of 713,735 in
-- q_ind_activity). docs/benchmarks.md, session 14.
-- Room on each page for the next versions, so that updates stay on the page (HOT) and need no index
-- entry; and a vacuum once 1% of the rows are dead rather than 20%.
alter table q_ind_state set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
alter table q_ind_activity set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
