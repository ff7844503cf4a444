-- Bucket4j's token buckets (one row per rate-limit key), shared by every replica; expires_at (epoch ms) lets idle
-- buckets be removed
create table rate_limit_bucket (
    id         varchar(255) primary key,
    state      bytea,
    expires_at bigint
);
