-- The two-step hand-over between communities: proposals, their answers, the pending alert.
create table q_transfer (
    decided_on date,
    proposed_on date not null,
    from_jurisdiction varchar(12) not null,
    to_jurisdiction varchar(12) not null,
    patient_id varchar(36) not null,
    id varchar(60) not null,
    decision_reason varchar(500),
    reason varchar(500),
    status varchar(20) not null check (status in ('PENDING','ACCEPTED','REJECTED','WITHDRAWN','LAPSED')),
    primary key (id)
);
create index ix_transfer_to on q_transfer (to_jurisdiction, status);
create index ix_transfer_from on q_transfer (from_jurisdiction, status);
create index ix_transfer_patient on q_transfer (patient_id, status);

alter table q_case_view add column pending_transfer_to varchar(12);

alter table q_alert drop constraint q_alert_kind_check;
alter table q_alert add constraint q_alert_kind_check check (kind in ('DANGER_RAISED','NEEDS_CARE_TEAM','FOLLOW_UP_OVERDUE','DISCHARGED_NOT_SEEN','ADHERENCE_STOPPED','REFERRAL_WITHOUT_OUTCOME','TRANSFER_PENDING'));
