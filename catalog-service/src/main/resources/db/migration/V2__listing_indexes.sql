-- GET /judgements lists latest first (year, then publication date, nulls last) and hides conflicts by default; these
-- indexes hold rows in exactly that order, so a page reads its few rows instead of sorting every match
create index judgement_listing_idx on judgement (year desc nulls last, published_date desc nulls last, id desc)
    where conflict = false;
create index judgement_rating_listing_idx on judgement (rating, year desc nulls last, published_date desc nulls last, id desc)
    where conflict = false;
drop index judgement_rating_idx;
-- a council's current grade per area is the first row of each area in this order (select distinct on (area))
create index judgement_council_listing_idx on judgement
    (council_code, area, year desc nulls last, published_date desc nulls last, id desc);
drop index judgement_council_idx;
