-- Read nodes say they are alive here, so that they can share the read models' segments fairly.
create table node_heartbeat (
    node varchar(200) not null,
    seen_at timestamp(6) with time zone not null,
    primary key (node)
);
