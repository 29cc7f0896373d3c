-- Outbound notifications of alerts: who wants which alerts how, each delivery, and every try.
create table notification_subscription (
    created_at timestamp(6) with time zone not null,
    scope varchar(12) not null,
    channel varchar(20) not null check (channel in ('WEBHOOK','SMS','EMAIL')),
    id varchar(36) not null,
    roles varchar(100),
    username varchar(100) not null,
    secret varchar(200),
    address varchar(500) not null,
    kinds varchar(500) not null,
    primary key (id)
);
create index ix_subscription_user on notification_subscription (username);

create table notification_delivery (
    attempts integer not null,
    created_at timestamp(6) with time zone not null,
    delivered_at timestamp(6) with time zone,
    next_attempt_at timestamp(6) with time zone not null,
    subscription_id varchar(36) not null,
    alert_id varchar(120) not null,
    id varchar(200) not null,
    last_error varchar(500),
    message varchar(2000) not null,
    status varchar(20) not null check (status in ('PENDING','DELIVERED','FAILED')),
    primary key (id)
);
create index ix_delivery_due on notification_delivery (status, next_attempt_at);
create index ix_delivery_subscription on notification_delivery (subscription_id);

create table notification_attempt (
    attempt integer not null,
    success boolean not null,
    at timestamp(6) with time zone not null,
    id varchar(36) not null,
    delivery_id varchar(200) not null,
    outcome varchar(500),
    primary key (id)
);
create index ix_attempt_delivery on notification_attempt (delivery_id);
