-- While this row is there, the indicator read model is replaying and its counters are not
-- written batch by batch: they are summed once from the timelines when every segment has
-- passed head, the last event stored when the replay began (docs/decisions.md).
create table q_ind_counters_pending (
    id int primary key,
    head bigint not null
);
