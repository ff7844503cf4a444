-- The readers' pages list conflicting judgements too (marked as such), so the listing indexes must hold them: with the
-- partial indexes of V2 a page sorted every matching judgement. Conflicts are few, so the JSON API, which hides them by
-- default, still reads only a page's worth of rows walking the same order.
drop index judgement_listing_idx;
drop index judgement_rating_listing_idx;
create index judgement_listing_idx on judgement (year desc nulls last, published_date desc nulls last, id desc);
create index judgement_rating_listing_idx on judgement (rating, year desc nulls last, published_date desc nulls last, id desc);
-- a council's page: every judgement, all areas, latest first
create index judgement_council_timeline_idx on judgement
    (council_code, year desc nulls last, published_date desc nulls last, id desc);
