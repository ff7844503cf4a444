-- Confirmation links are single-use: the time one was used (confirming again then mints no further manage link).
alter table token add column used_at timestamptz;
-- tokens of a person and purpose, newest first: issuing a manage link keeps only the newest few alive
create index token_subscriber_purpose on token (subscriber_id, purpose, created_at desc);
