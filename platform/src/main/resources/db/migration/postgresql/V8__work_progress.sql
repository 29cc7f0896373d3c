-- Progress of long work (bulk imports), readable from any node.
create table work_progress (
    done bigint not null,
    total bigint not null,
    finished_at timestamp(6) with time zone,
    started_at timestamp(6) with time zone not null,
    status varchar(10) not null,
    id varchar(36) not null,
    kind varchar(40) not null,
    owner varchar(100) not null,
    result_json varchar(1000000),
    primary key (id)
);
