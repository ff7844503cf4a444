#!/usr/bin/env bash
# Catalog benchmark at a million reports: loads REPORTS (default 1,000,000) reports and their judgements into a
# database of its own, then measures lookups and full-text search at a fixed rate, the readers' pages (HTML) at
# PAGE_RATE, and the consumer's throughput,
# while sampling the service's resident memory. Everything runs on loopback and stops by itself.
# Needs a build (./mvnw package -DskipTests) and PostgreSQL on 127.0.0.1:5432.
# KEEP_DB=1 keeps the loaded database afterwards and reuses it next time (Flyway migrates it; the load is skipped), to
# measure a change without seven minutes of loading.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/benchmarks/catalog-load"
work="$root/target/catalog-bench"
REPORTS=${REPORTS:-1000000}
RATE=${RATE:-200}
PAGE_RATE=${PAGE_RATE:-50}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
EVENTS=${EVENTS:-20000}
PORT=18081
# the memory budget the goal is measured against (RSS < 400 MB)
CATALOG_JAVA_OPTS=${CATALOG_JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k}
export PGHOST=127.0.0.1 PGUSER=postgres
db=catalog_bench
mkdir -p "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

for p in $PORT 19092; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "port $p is in use (an earlier run still going?)" >&2; exit 1; fi
done
java -Xmx384m -cp "$(ls test-support/target/test-support-*.jar):$(cat test-support/target/local-infra.classpath)" \
  watch.safeguarding.testsupport.LocalInfra "$work/infra" 19092 19093 12525 18025 > "$work/infra.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -qs READY "$work/infra.log" && break; sleep 0.2; done

KEEP_DB=${KEEP_DB:-0}
loaded=0
if [ "$KEEP_DB" = 1 ] && psql -tA -d postgres -c "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  loaded=$(psql -tA -d $db -c "select count(*) from report where id like 'bench-%' and id not like 'bench-consumer-%'" 2>/dev/null || echo 0)
fi
if [ "$loaded" -lt "$REPORTS" ]; then
  psql -q -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
fi
# production refuses the development key; the benchmark runs the production profile with a key of its own
api_key=$(openssl rand -hex 32)
start_catalog() {
  CATALOG_API_KEYS="$api_key" QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    java $CATALOG_JAVA_OPTS -jar catalog-service/target/quarkus-app/quarkus-run.jar > "$work/catalog.log" 2>&1 &
  catalog=$!
  pids+=($catalog)
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return 0; sleep 0.2; done
  echo "catalog did not start" >&2; tail -20 "$work/catalog.log" >&2; exit 1
}
start_catalog
if [ "$loaded" -lt "$REPORTS" ]; then
  echo "loading $REPORTS reports..."
  t0=$(date +%s)
  psql -q -d $db -v reports="$REPORTS" -f "$here/generate.sql"
  echo "loaded in $(( $(date +%s) - t0 )) s"
else
  echo "reusing the loaded database $db (KEEP_DB=1)"
fi
# search reads a report row per match: how much of the table PostgreSQL keeps in memory decides its latency
echo "PostgreSQL shared_buffers: $(psql -tA -d $db -c 'show shared_buffers')"
echo "catalog: $(psql -tA -d $db -c 'select count(*) from report') reports, $(psql -tA -d $db -c 'select count(*) from judgement') judgements, $(psql -tA -d $db -c 'select count(*) from judgement_source') sources"

(max=0; while kill -0 "$catalog" 2>/dev/null; do r=$(ps -o rss= -p "$catalog" | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$max" ] && max=$r && echo "$max" > "$work/rss.max"; sleep 0.5; done) &
pids+=($!)

base="http://127.0.0.1:$PORT"
codes=$(psql -tA -d $db -c "select string_agg('$base/councils/' || code, ' ') from council where valid_to is null")
judgements=("$base/judgements?rating=inadequate" "$base/judgements?rating=inadequate&since=2024" "$base/judgements?rating=inadequate&region=London")
queries=()
for i in $(seq 1 50); do queries+=("$base/reports?q=story$((i * 17))"); queries+=("$base/reports?q=ref$((i * 19997))"); done
# the service's JIT warms up on a ramp, as it would under a growing audience: a cold JVM on two cores at full rate
# spends its first half-minute compiling, and the queue it builds meanwhile says nothing about its steady state
for rate in 30 100; do
  WARM_UP_SECONDS=0 java "$here/LoadTest.java" "warm-up" $rate 15 $codes "${judgements[@]}" "${queries[@]}" > /dev/null
done
java "$here/LoadTest.java" "GET /councils/{code}" "$RATE" "$SECONDS_PER_RUN" $codes
java "$here/LoadTest.java" "GET /judgements?rating=inadequate" "$RATE" "$SECONDS_PER_RUN" "${judgements[@]}"
java "$here/LoadTest.java" "GET /reports?q=..." "$RATE" "$SECONDS_PER_RUN" "${queries[@]}"
# the readers' pages, as a browser asks for them, at PAGE_RATE (the goal: p99 < 50 ms at 50 requests/s)
pages=("$base/" "$base/?area=leadership" "$base/judgements?rating=inadequate" "$base/judgements?region=London&since=2020")
for i in $(seq 1 20); do pages+=("$base/reports?q=story$((i * 23))"); done
export ACCEPT="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
WARM_UP_SECONDS=0 java "$here/LoadTest.java" "warm-up pages" 30 15 $codes "${pages[@]}" > /dev/null
java "$here/LoadTest.java" "page GET /" "$PAGE_RATE" "$SECONDS_PER_RUN" "$base/" "$base/?area=leadership"
java "$here/LoadTest.java" "page GET /councils/{code}" "$PAGE_RATE" "$SECONDS_PER_RUN" $codes
java "$here/LoadTest.java" "page GET /judgements?..." "$PAGE_RATE" "$SECONDS_PER_RUN" "$base/judgements?rating=inadequate" "$base/judgements?region=London&since=2020"
java "$here/LoadTest.java" "page GET /reports?q=..." "$PAGE_RATE" "$SECONDS_PER_RUN" "${pages[@]:4}"
java "$here/LoadTest.java" "page mix (all pages)" "$PAGE_RATE" "$SECONDS_PER_RUN" $codes "${pages[@]}"
unset ACCEPT

# a tag of its own per run, so a reused database (KEEP_DB=1) still sees every event as new; counted through the
# primary key (a range over the ids), so the polling itself stays cheap at a million rows
tag="bench-consumer-$(date +%s)"
consumed="select count(*) from report where id >= '$tag-' and id < '$tag.'"
# the clock starts at the first event persisted, so that the producer JVM's own start-up (compiling the
# single-file source, connecting) is not counted as the consumer's time
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(cat kafka-broker/target/kafka.classpath)" "$here/ProduceReports.java" 127.0.0.1:19092 "$EVENTS" "$tag" &
producer=$!
until [ "$(psql -tA -d $db -c "$consumed")" -ge 1 ]; do sleep 0.05; done
t0=$(date +%s%N)
first=$(psql -tA -d $db -c "$consumed")
until [ "$(psql -tA -d $db -c "$consumed")" -ge "$EVENTS" ]; do sleep 0.2; done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
wait "$producer"
echo "consumer: $(( EVENTS - first )) events persisted in $ms ms after the first = $(( (EVENTS - first) * 1000 / ms )) events/s"
sleep 1
echo "catalog-service max RSS: $(( $(cat "$work/rss.max") / 1024 )) MB"
[ "$KEEP_DB" = 1 ] || psql -q -d postgres -c "drop database if exists $db with (force)"
