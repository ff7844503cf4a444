-- One announcement: the judgements of one council that one report made new (the event's groupId). Its events are
-- held here until all groupSize of them have arrived, or until alert.group.max-wait has passed, and then released
-- once (released_at), so that subscribers get one email per inspection and a restart loses nothing.
create table announcement (
    group_id          varchar(255) primary key,
    council_code      varchar(32)  not null,
    expected          integer      not null,
    first_received_at timestamptz  not null,
    released_at       timestamptz
);
create index announcement_waiting on announcement (first_received_at) where released_at is null;

-- Every event of an announcement once (notify or not, since groupSize counts them all): the key makes a redelivered
-- event count once. notify is the catalog's decision after the alert service's own checks.
create table announcement_member (
    group_id     varchar(255) not null references announcement (group_id),
    judgement_id varchar(255) not null,
    notify       boolean      not null,
    reason       varchar(64),
    payload      text         not null,
    received_at  timestamptz  not null,
    primary key (group_id, judgement_id)
);

-- Unsubscribing cancels what is still waiting for a digest or in the outbox (also a mail that is between retries).
alter table delivery add column cancelled_at timestamptz;
drop index delivery_awaiting_digest;
create index delivery_awaiting_digest on delivery (frequency) where mail_id is null and cancelled_at is null;
create index delivery_mail on delivery (mail_id);
