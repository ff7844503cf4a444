-- Judgements get an id derived from what they are (see JudgementIdentity), unique: two catalog instances, a replay
-- or a rebuild from the topic cannot record one inspection outcome twice or under another id
alter table judgement add column judgement_key varchar(64);
update judgement set judgement_key = 'j-' || left(encode(sha256(convert_to(concat_ws('|', 'judgement/1', council_code, area, rating,
    coalesce(to_char(inspection_start, 'YYYY-MM-DD'), year::text, 'unknown')), 'UTF8')), 'hex'), 32);
-- outcomes recorded twice before this key existed keep their rows, told apart by their old id
update judgement j set judgement_key = j.judgement_key || '-' || j.id
    where exists (select 1 from judgement o where o.judgement_key = j.judgement_key and o.id < j.id);
alter table judgement alter column judgement_key set not null;
alter table judgement add constraint judgement_key_unique unique (judgement_key);

-- News that contradicts an official grade for the same council, area and year: kept, shown beside it, never current
alter table judgement add column disputed boolean not null default false;
-- The best confidence of the outcomes that state it (1 for the official seed); below the threshold it is unconfirmed
alter table judgement add column confidence double precision not null default 1;
update judgement j set confidence = coalesce((select max(s.confidence) from judgement_source s where s.judgement_id = j.id), 1);
-- Subscribers were told of it (a judgements.recorded event with notifySubscribers true was written)
alter table judgement add column announced boolean not null default false;
update judgement j set announced = true where not j.official and j.reported_as = 'new';

-- a council's current grade per area: latest year first, Ofsted's grade first within a year
create index judgement_current_idx on judgement
    (council_code, area, year desc nulls last, official desc, published_date desc nulls last, id desc)
    where conflict = false and disputed = false;
