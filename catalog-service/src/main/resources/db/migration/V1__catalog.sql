-- Councils from the built-in gazetteer; successors as GSS codes (predecessors are the reverse links)
create table council (
    code          varchar(9) primary key,
    name          text not null,
    official_name text,
    type          text,
    region        text,
    ofsted_urn    text,
    dfe_code      text,
    valid_from    date,
    valid_to      date,
    successors    text not null default ''
);

-- A source: a news report from reports.parsed (kind news) or a published Ofsted report (kind ofsted)
create table report (
    id             varchar(64) primary key,
    kind           varchar(10) not null,
    url            text,
    publisher      text,
    title          text,
    published_date date,
    received_at    timestamptz not null,
    text           text not null,
    parser_version text,
    search         tsvector generated always as (
                       setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)) stored
);
create index report_search_idx on report using gin (search);
create index report_received_idx on report (received_at desc, id desc);
create index report_publisher_idx on report (lower(publisher));

create sequence judgement_seq start with 1 increment by 50;
-- One inspection outcome for a council and area, however many sources state it
create table judgement (
    id               bigint primary key,
    council_code     varchar(9) not null references council (code),
    area             varchar(24) not null,
    rating           varchar(24) not null,
    year             integer,
    published_date   date,
    inspection_start date,
    inspection_end   date,
    framework        text,
    reported_as      varchar(8) not null,
    official         boolean not null default false,
    conflict         boolean not null default false,
    created_at       timestamptz not null
);
create index judgement_council_idx on judgement (council_code, area, year);
create index judgement_rating_idx on judgement (rating, year);

create sequence judgement_source_seq start with 1 increment by 50;
create table judgement_source (
    id           bigint primary key,
    judgement_id bigint not null references judgement (id),
    report_id    varchar(64) not null references report (id),
    status       varchar(8) not null,
    evidence     text,
    confidence   double precision,
    unique (judgement_id, report_id)
);
create index judgement_source_report_idx on judgement_source (report_id);

-- Transactional outbox of judgements.recorded: written with the judgement, sent by the relay after commit
create sequence outbox_event_seq start with 1 increment by 50;
create table outbox_event (
    id           bigint primary key,
    topic        text not null,
    message_key  text not null,
    payload      text not null,
    created_at   timestamptz not null,
    sent_at      timestamptz
);
create index outbox_pending_idx on outbox_event (id) where sent_at is null;
