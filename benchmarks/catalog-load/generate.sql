-- Loads :reports synthetic news reports (default 1,000,000), 150,000 judgements and one source per report into a
-- catalog database whose schema Flyway already created. Ids are far above anything the service allocates.
\set ON_ERROR_STOP on
\if :{?reports}
\else
  \set reports 1000000
\endif
set synchronous_commit = off;

create temp table paragraph as
select p, string_agg(w, ' ') as text
from generate_series(0, 199) p,
     lateral (select (array['Ofsted','inspectors','children','services','council','rated','inadequate','good',
                             'requires','improvement','outstanding','care','leavers','protection','help','leaders',
                             'social','workers','families','report','published','judged','safeguarding','looked',
                             'after','authority','director','improving','progress','weaknesses','strengths','the',
                             'of','and','in','to','a','was','were','has','had','that','for','with','by','on','as',
                             'foster','adoption','placements','assessment','caseloads','agency','turnover','budget',
                             'commissioner','government','minister','plan','partnership','police','health','school',
                             'youth','court','family','referral','threshold','review','audit','practice','risk'])
                      [1 + floor(random() * 74)::int] as w
                  from generate_series(1, 180 + p % 60) i where p >= 0) words
group by p;

insert into report (id, kind, url, publisher, title, published_date, received_at, text, parser_version)
select 'bench-' || g, 'news', 'https://news.example/story/' || g,
       (array['BBC News','The Guardian','Local Gazette','Community Care','Children and Young People Now'])[1 + g % 5],
       'Ofsted verdict on children''s services, story ' || g,
       date '2009-01-01' + (g % 6500),
       timestamptz '2009-01-01' + make_interval(mins => g::int),
       (select text from paragraph where p = g % 200) || ' story' || (g % 1000) || ' ref' || g,
       'bench'
from generate_series(1, :reports) g;

insert into judgement (id, judgement_key, council_code, area, rating, year, published_date, reported_as, official, conflict, created_at)
select 1000000000000 + g, 'j-bench-' || g, c.codes[1 + g % array_length(c.codes, 1)],
       (array['overall','leadership','help_and_protection','children_in_care','care_leavers','safeguarding'])[1 + (g / 7) % 6],
       (array['outstanding','good','requires_improvement','inadequate'])[1 + (g / 3) % 4],
       2009 + (g / 11) % 18, date '2009-06-01' + (g % 6500), 'new', false, false, now()
from generate_series(1, 150000) g, (select array_agg(code order by code) codes from council where valid_to is null) c;

insert into judgement_source (id, judgement_id, report_id, status, evidence, confidence)
select 1000000000000 + g, 1000000000000 + 1 + (g % 150000), 'bench-' || g, 'new', 'Synthetic evidence sentence ' || g, 0.9
from generate_series(1, :reports) g;

-- what autovacuum does to a live database in its own time: hint bits, the visibility map, statistics
vacuum analyze;
