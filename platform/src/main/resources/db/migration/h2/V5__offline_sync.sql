-- Offline sync: each queued write applied once, noted in the same transaction as its events.
create table sync_item (
    applied_at timestamp(6) with time zone not null,
    request_hash varchar(64) not null,
    id varchar(250) not null,
    result varchar(4000),
    primary key (id)
);
