-- A person, known by a keyed hash of their normalised address (for lookups) and the address encrypted (for sending).
-- The address itself is never stored in clear.
create table subscriber (
    id              bigserial primary key,
    email_hash      varchar(64) not null unique,
    email_encrypted bytea       not null,
    created_at      timestamptz not null
);

-- Lists are comma-separated (codes, regions and ratings never contain commas); empty councils and regions = all.
-- criteria_key is a hash of the normalised criteria, so the same address with the same criteria is one subscription.
create table subscription (
    id              bigserial primary key,
    subscriber_id   bigint       not null references subscriber (id),
    councils        text         not null,
    regions         text         not null,
    ratings         text         not null,
    frequency       varchar(16)  not null,
    criteria_key    varchar(64)  not null,
    status          varchar(16)  not null,
    created_at      timestamptz  not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz,
    constraint subscription_criteria_unique unique (subscriber_id, criteria_key)
);
create index subscription_active on subscription (status) where status = 'active';

-- Only the SHA-256 of a token is kept. subscription_ids narrows a token to some subscriptions (null = all of the person's).
create table token (
    hash             varchar(64) primary key,
    purpose          varchar(16) not null,
    subscriber_id    bigint      not null references subscriber (id),
    subscription_ids text,
    expires_at       timestamptz not null,
    created_at       timestamptz not null
);

-- Every judgement received, once: the primary key deduplicates redelivered events.
create table judgement (
    judgement_id varchar(255) primary key,
    council_code varchar(32)  not null,
    payload      text         not null,
    received_at  timestamptz  not null
);

-- The outbox: one row per email. content is the rendered message, encrypted, and cleared once sent.
create table mail (
    id              bigserial primary key,
    subscriber_id   bigint      not null references subscriber (id),
    kind            varchar(16) not null,
    state           varchar(16) not null,
    attempts        integer     not null,
    next_attempt_at timestamptz not null,
    last_error      varchar(500),
    content         bytea,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index mail_due on mail (next_attempt_at) where state = 'pending';

-- One row per (person, judgement): the unique key is what makes an alert arrive once however often the event comes
-- and however many of the person's subscriptions match. mail_id is null while it waits for a digest.
create table delivery (
    id               bigserial primary key,
    subscriber_id    bigint       not null references subscriber (id),
    judgement_id     varchar(255) not null references judgement (judgement_id),
    frequency        varchar(16)  not null,
    subscription_ids text         not null,
    mail_id          bigint references mail (id),
    created_at       timestamptz  not null,
    constraint delivery_person_judgement_unique unique (subscriber_id, judgement_id)
);
create index delivery_awaiting_digest on delivery (frequency) where mail_id is null;

-- A digest period runs once, even with several instances or restarts.
create table digest_run (
    frequency varchar(16) not null,
    period    date        not null,
    ran_at    timestamptz not null,
    primary key (frequency, period)
);
