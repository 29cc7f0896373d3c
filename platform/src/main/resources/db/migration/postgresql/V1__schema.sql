-- Version 1: the schema as of the first release (generated from the JPA mappings for postgresql, then kept by hand).
-- Never edit a migration that has shipped: add V2__... instead.

create sequence association_value_entry_seq start with 1 increment by 50;

create sequence domain_event_entry_seq start with 1 increment by 1;

create table association_value_entry (
    id bigint not null,
    association_key varchar(255) not null,
    association_value varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (id)
);

create table audit_chain_head (
    id integer not null,
    last_sequence bigint not null,
    last_hash varchar(64) not null,
    primary key (id)
);

create table audit_entry (
    at timestamp(6) with time zone not null,
    sequence bigint not null,
    patient_id varchar(36),
    action varchar(40) not null,
    hash varchar(64) not null,
    previous_hash varchar(64) not null,
    roles varchar(100),
    username varchar(100) not null,
    endpoint varchar(500) not null,
    primary key (sequence)
);

create table cmd_known_jurisdiction (
    code varchar(255) not null,
    primary key (code)
);

create table cmd_registered_id_number (
    patient_id varchar(36) not null,
    fingerprint varchar(64) not null,
    primary key (fingerprint)
);

create table dead_letter_entry (
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    sequence_index bigint not null,
    sequence_number bigint,
    cause_message varchar(1023),
    diagnostics bytea,
    meta_data bytea,
    payload bytea not null,
    token bytea,
    aggregate_identifier varchar(255),
    cause_type varchar(255),
    dead_letter_id varchar(255) not null,
    event_identifier varchar(255) not null,
    message_type varchar(255) not null,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    token_type varchar(255),
    type varchar(255),
    primary key (dead_letter_id),
    unique (processing_group, sequence_identifier, sequence_index)
);

create table domain_event_entry (
    global_index bigint not null,
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255),
    primary key (global_index),
    unique (aggregate_identifier, sequence_number)
);

create table idempotency_record (
    status integer not null,
    created_at timestamp(6) with time zone,
    request_hash varchar(64) not null,
    content_type varchar(100),
    id varchar(400) not null,
    location varchar(500),
    body varchar(1000000),
    primary key (id)
);

create table identity_key (
    created_at timestamp(6) with time zone,
    patient_id varchar(36) not null,
    wrapped_key varchar(200) not null,
    primary key (patient_id)
);

create table q_alert (
    raised_at date,
    status_changed_on date,
    jurisdiction varchar(12) not null,
    status varchar(20) not null check (status in ('OPEN','ACKNOWLEDGED','RESOLVED')),
    kind varchar(30) not null check (kind in ('DANGER_RAISED','NEEDS_CARE_TEAM','FOLLOW_UP_OVERDUE','DISCHARGED_NOT_SEEN','ADHERENCE_STOPPED','REFERRAL_WITHOUT_OUTCOME')),
    patient_id varchar(36) not null,
    id varchar(120) not null,
    note varchar(1000),
    primary key (id)
);

create table q_alert_subject (
    care_team boolean not null,
    discharged_on date,
    latest_adherence smallint check (latest_adherence between 0 and 3),
    latest_danger integer,
    latest_danger_date date,
    latest_visit_date date,
    jurisdiction varchar(12) not null,
    patient_id varchar(36) not null,
    members varchar(2000),
    primary key (patient_id)
);

create table q_case_history (
    date date,
    sequence bigint not null,
    patient_id varchar(36) not null,
    type varchar(40) not null,
    id varchar(80) not null,
    json varchar(40000),
    primary key (id)
);

create table q_case_note (
    date date,
    patient_id varchar(36) not null,
    id varchar(80) not null,
    author varchar(100),
    text varchar(4000),
    primary key (id)
);

create table q_case_task (
    assigned_on date,
    completed_on date,
    due_date date,
    patient_id varchar(36) not null,
    id varchar(80) not null,
    assignee varchar(100),
    title varchar(500),
    result varchar(1000),
    primary key (id)
);

create table q_case_view (
    care_team boolean not null,
    in_hospital boolean not null,
    last_visit_date date,
    latest_danger_date date,
    latest_danger_level integer,
    next_due date,
    registered_on date,
    version bigint not null,
    jurisdiction varchar(12) not null,
    transfer_to varchar(12),
    latest_classification varchar(20) check (latest_classification in ('UNSTABLE','BASICALLY_STABLE','STABLE','NOT_REACHED')),
    status varchar(20) not null check (status in ('ACTIVE','LOST','DECEASED','MOVED_OUT','DEREGISTERED')),
    id varchar(36) not null,
    name varchar(50),
    disorder varchar(60) check (disorder in ('SCHIZOPHRENIA','SCHIZOAFFECTIVE_DISORDER','PERSISTENT_DELUSIONAL_DISORDER','BIPOLAR_DISORDER','MENTAL_DISORDER_DUE_TO_EPILEPSY','INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER')),
    id_fingerprint varchar(64),
    care_team_json varchar(20000),
    registration_json varchar(20000),
    primary key (id)
);

create table q_ind_activity (
    face_to_face integer not null,
    incident integer not null,
    managed integer not null,
    medication integer not null,
    psychological_support integer not null,
    regular_medication integer not null,
    rehabilitation integer not null,
    risk_assessed integer not null,
    schizophrenia_medication integer not null,
    stable integer not null,
    stable_eligible integer not null,
    standard0 integer not null,
    standard1 integer not null,
    standard2 integer not null,
    standard3 integer not null,
    standard4 integer not null,
    period_key varchar(10) not null,
    prefix varchar(12) not null,
    id varchar(40) not null,
    primary key (id)
);

create table q_ind_state (
    home_dwelling integer not null,
    lost integer not null,
    needs_team integer not null,
    registered integer not null,
    schizophrenia integer not null,
    team_covered integer not null,
    month_key varchar(7) not null,
    prefix varchar(12) not null,
    id varchar(30) not null,
    primary key (id)
);

create table q_ind_timeline (
    patient_id varchar(36) not null,
    json varchar(1000000),
    primary key (patient_id)
);

create table q_jurisdiction (
    code_length integer not null,
    population bigint not null,
    code varchar(12) not null,
    name varchar(100) not null,
    primary key (code)
);

create table q_plan (
    code varchar(60) not null,
    name varchar(200) not null,
    targets_json varchar(4000) not null,
    primary key (code)
);

create table q_plan_assignment (
    prefix varchar(12) not null,
    plan_code varchar(60) not null,
    primary key (prefix)
);

create table q_referral (
    date date,
    outcome_date date,
    jurisdiction varchar(12) not null,
    outcome varchar(20) check (outcome in ('ADMITTED','NOT_ADMITTED','CANCELLED')),
    urgency varchar(20) check (urgency in ('EMERGENCY','ROUTINE')),
    patient_id varchar(36) not null,
    patient_name varchar(50),
    id varchar(80) not null,
    department varchar(100),
    hospital varchar(200) not null,
    reason varchar(500),
    primary key (id)
);

create table q_referral_patient (
    jurisdiction varchar(12) not null,
    id varchar(36) not null,
    name varchar(50),
    primary key (id)
);

create table q_team_membership (
    joined_on date,
    lead boolean not null,
    left_on date,
    role varchar(30) not null check (role in ('COMMITTEE_CADRE','POLICE_OFFICER','DOCTOR','GRID_WORKER','VOLUNTEER','GUARDIAN_OR_FAMILY')),
    patient_id varchar(36) not null,
    name varchar(50) not null,
    user_id varchar(100),
    id varchar(200) not null,
    primary key (id)
);

create table saga_entry (
    serialized_saga bytea,
    revision varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (saga_id)
);

create table snapshot_event_entry (
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255) not null,
    primary key (sequence_number, aggregate_identifier, type)
);

create table token_entry (
    segment integer not null,
    token bytea,
    owner varchar(255),
    processor_name varchar(255) not null,
    timestamp varchar(255) not null,
    token_type varchar(255),
    primary key (segment, processor_name)
);

create index IDXk45eqnxkgd8hpdn6xixn8sgft 
   on association_value_entry (saga_type, association_key, association_value);

create index IDXgv5k1v2mh6frxuy5c0hgbau94 
   on association_value_entry (saga_id, saga_type);

create index IDXe67wcx5fiq9hl4y4qkhlcj9cg 
   on dead_letter_entry (processing_group);

create index IDXrwucpgs6sn93ldgoeh2q9k6bn 
   on dead_letter_entry (processing_group, sequence_identifier);

create index ix_alert_patient 
   on q_alert (patient_id);

create index ix_alert_jurisdiction 
   on q_alert (jurisdiction, status);

create index ix_history_patient 
   on q_case_history (patient_id, sequence);

create index ix_task_assignee 
   on q_case_task (assignee, completed_on);

create index ix_case_jurisdiction_due 
   on q_case_view (jurisdiction, next_due);

create index ix_case_fingerprint 
   on q_case_view (id_fingerprint);

create index ix_ind_state_prefix_month 
   on q_ind_state (prefix, month_key);

create index ix_referral_hospital 
   on q_referral (hospital, outcome);

create index ix_membership_patient 
   on q_team_membership (patient_id);

create index ix_membership_user 
   on q_team_membership (user_id);
