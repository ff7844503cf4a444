#!/usr/bin/env bash
# Catalog benchmark at a million reports: loads REPORTS (default 1,000,000) reports and their judgements into a
# database of its own, then measures lookups and full-text search at a fixed rate, and the consumer's throughput,
# while sampling the service's resident memory. Everything runs on loopback and stops by itself.
# Needs a build (./mvnw package -DskipTests) and PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/benchmarks/catalog-load"
work="$root/target/catalog-bench"
REPORTS=${REPORTS:-1000000}
RATE=${RATE:-200}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
EVENTS=${EVENTS:-20000}
PORT=18081
# the memory budget the goal is measured against (RSS < 400 MB)
CATALOG_JAVA_OPTS=${CATALOG_JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m}
export PGHOST=127.0.0.1 PGUSER=postgres
db=catalog_bench
mkdir -p "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java -Xmx384m -cp "$(ls test-support/target/test-support-*.jar):$(cat test-support/target/local-infra.classpath)" \
  watch.safeguarding.testsupport.LocalInfra "$work/infra" 19092 19093 12525 18025 > "$work/infra.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q READY "$work/infra.log" && break; sleep 0.2; done

psql -q -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
start_catalog() {
  QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    java $CATALOG_JAVA_OPTS -jar catalog-service/target/quarkus-app/quarkus-run.jar > "$work/catalog.log" 2>&1 &
  catalog=$!
  pids+=($catalog)
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return 0; sleep 0.2; done
  echo "catalog did not start" >&2; tail -20 "$work/catalog.log" >&2; exit 1
}
start_catalog
echo "loading $REPORTS reports..."
t0=$(date +%s)
psql -q -d $db -v reports="$REPORTS" -f "$here/generate.sql"
echo "loaded in $(( $(date +%s) - t0 )) s: $(psql -tA -d $db -c 'select count(*) from report') reports, $(psql -tA -d $db -c 'select count(*) from judgement') judgements, $(psql -tA -d $db -c 'select count(*) from judgement_source') sources"

(max=0; while kill -0 "$catalog" 2>/dev/null; do r=$(ps -o rss= -p "$catalog" | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$max" ] && max=$r && echo "$max" > "$work/rss.max"; sleep 0.5; done) &
pids+=($!)

base="http://127.0.0.1:$PORT"
codes=$(psql -tA -d $db -c "select string_agg('$base/councils/' || code, ' ') from council where valid_to is null")
java "$here/LoadTest.java" "warm-up" 100 10 $codes "$base/judgements?rating=inadequate" "$base/reports?q=story42" > /dev/null
java "$here/LoadTest.java" "GET /councils/{code}" "$RATE" "$SECONDS_PER_RUN" $codes
java "$here/LoadTest.java" "GET /judgements?rating=inadequate" "$RATE" "$SECONDS_PER_RUN" "$base/judgements?rating=inadequate" \
  "$base/judgements?rating=inadequate&since=2024" "$base/judgements?rating=inadequate&region=London"
queries=()
for i in $(seq 1 50); do queries+=("$base/reports?q=story$((i * 17))"); queries+=("$base/reports?q=ref$((i * 19997))"); done
java "$here/LoadTest.java" "GET /reports?q=..." "$RATE" "$SECONDS_PER_RUN" "${queries[@]}"

# counted through the primary key (a range over the ids), so the polling itself stays cheap at a million rows
consumed="select count(*) from report where id >= 'bench-consumer-' and id < 'bench-consumer.'"
before=$(psql -tA -d $db -c "$consumed")
t0=$(date +%s%N)
java -cp "$(cat kafka-broker/target/kafka.classpath)" "$here/ProduceReports.java" 127.0.0.1:19092 "$EVENTS" bench-consumer
until [ "$(psql -tA -d $db -c "$consumed")" -ge $((before + EVENTS)) ]; do sleep 0.2; done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "consumer: $EVENTS events persisted in $ms ms = $(( EVENTS * 1000 / ms )) events/s (including the producer's own time)"
sleep 1
echo "catalog-service max RSS: $(( $(cat "$work/rss.max") / 1024 )) MB"
psql -q -d postgres -c "drop database if exists $db with (force)"
