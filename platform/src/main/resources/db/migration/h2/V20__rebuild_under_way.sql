-- The read models a rebuild in the order of the cases (CaseOrderRebuild) has begun and not ended:
-- a node that starts and finds one here resets it, since its rows hold part of the history while
-- its tokens stand at the start.
create table q_rebuild_under_way (
    processor_name varchar(255) not null,
    primary key (processor_name)
);
