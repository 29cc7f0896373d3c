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
    status enum ('ACCEPTED','LAPSED','PENDING','REJECTED','WITHDRAWN') not null,
    primary key (id)
);
create index ix_transfer_to on q_transfer (to_jurisdiction, status);
create index ix_transfer_from on q_transfer (from_jurisdiction, status);
create index ix_transfer_patient on q_transfer (patient_id, status);

alter table q_case_view add column pending_transfer_to varchar(12);

alter table q_alert alter column kind enum ('ADHERENCE_STOPPED','DANGER_RAISED','DISCHARGED_NOT_SEEN','FOLLOW_UP_OVERDUE','NEEDS_CARE_TEAM','REFERRAL_WITHOUT_OUTCOME','TRANSFER_PENDING') not null;
