-- A judgement's revision changes whenever it or one of its sources is written, whichever code path writes it: a
-- council's page is cached under the latest revision of its judgements and their count, so one small indexed read
-- tells every replica whether its copy is still right.
create sequence judgement_revision_seq;
alter table judgement add column revision bigint not null default nextval('judgement_revision_seq');

create function judgement_revised() returns trigger language plpgsql as $$
begin
    new.revision := nextval('judgement_revision_seq');
    return new;
end $$;
create trigger judgement_revised before update on judgement for each row execute function judgement_revised();

-- whoever writes a judgement's sources holds its council and area lock (ReportRecorder), so this waits for nobody
create function judgement_source_revised() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update judgement set revision = nextval('judgement_revision_seq') where id = old.judgement_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update judgement set revision = nextval('judgement_revision_seq') where id = new.judgement_id;
    end if;
    return null;
end $$;
create trigger judgement_source_revised after insert or update or delete on judgement_source for each row
    execute function judgement_source_revised();
