-- PostgreSQL's V14 sets the counter tables' page fill and vacuum thresholds. H2 has neither; this
-- file keeps the two databases' schema versions in step.
select 1;
