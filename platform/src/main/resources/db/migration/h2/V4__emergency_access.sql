-- Break the glass: time-limited access to one case outside one's scope, with the reason audited.
create table emergency_access (
    expires_at timestamp(6) with time zone not null,
    granted_at timestamp(6) with time zone not null,
    patient_id varchar(36) not null,
    id varchar(36) not null,
    roles varchar(100),
    username varchar(100) not null,
    reason varchar(500) not null,
    primary key (id)
);
create index ix_emergency_user_patient on emergency_access (username, patient_id);
create index ix_emergency_granted on emergency_access (granted_at);

alter table audit_entry add column reason varchar(500);
