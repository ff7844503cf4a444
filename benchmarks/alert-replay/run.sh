#!/usr/bin/env bash
# Alert replay benchmark: the labelled news corpora (CORPUS, default ../shared/corpus; SETS, default "seeds dev
# train") posted through the running system in date order, each as if received on its publication date (ingest's
# bench profile takes X-Received-At), with one subscriber to every inadequate grade. Prints the false and missed
# alert emails against the labels' alert_gss, and post -> email latency p50/p99 for immediate alerts.
# Needs a build (./mvnw package -DskipTests) and PostgreSQL on 127.0.0.1:5432; runs on free loopback ports, in
# databases of its own that it drops at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/benchmarks/alert-replay"
work="$root/target/alert-replay"
CORPUS=${CORPUS:-$root/../shared/corpus}
SETS=${SETS:-seeds dev train}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
export PGHOST=127.0.0.1 PGUSER=postgres
rm -rf "$work" && mkdir -p "$work"
read -r KAFKA CONTROLLER CATCHER VIEW SMTP INGEST CATALOG ALERT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(8)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
for s in socks: s.close()')
catalog_db=catalog_replay_$$
alert_db=alert_replay_$$
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $catalog_db with (force)" -c "drop database if exists $alert_db with (force)" || true
}
trap cleanup EXIT
psql -q -d postgres -c "create database $catalog_db" -c "create database $alert_db"

# the broker (LocalInfra's mail catcher is not used: replay.py runs an SMTP server that timestamps each email)
java -Xmx384m -cp "$(ls test-support/target/test-support-*.jar):$(cat test-support/target/local-infra.classpath)" \
  watch.safeguarding.testsupport.LocalInfra "$work/infra" "$KAFKA" "$CONTROLLER" "$CATCHER" "$VIEW" > "$work/infra.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -qs READY "$work/infra.log" && break; sleep 0.2; done
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA CATALOG_URL=http://127.0.0.1:$CATALOG
# the services run in production mode, which refuses the development keys: keys of this run only
api_key=$(openssl rand -hex 32)
secret_key=$(openssl rand -base64 32)

start() {
  local name=$1 port=$2
  shift 2
  env QUARKUS_HTTP_PORT="$port" "$@" java $JAVA_OPTS -jar "$name/target/quarkus-app/quarkus-run.jar" > "$work/$name.log" 2>&1 &
  pids+=($!)
}
ready() {
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0; sleep 0.2; done
  echo "$1 did not start; see $work/$1.log" >&2; tail -20 "$work/$1.log" >&2; exit 1
}
start catalog-service "$CATALOG" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$catalog_db" CATALOG_API_KEYS="$api_key"
# The alert service's own news window is measured from when the catalog recorded a judgement, which in a replay is
# today, not the replayed receipt: it is widened here so that the catalog's decisions (made against the replayed
# receipt) are what this measures. Its default (30 days) is tested in alert-service and system-tests.
start alert-service "$ALERT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$alert_db" \
  QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP" ALERT_PUBLIC_URL="http://127.0.0.1:$ALERT" \
  ALERT_ANNOUNCEMENTS_NEWS_WINDOW=P36500D ALERT_DIGEST_ENABLED=false ALERT_API_KEYS="$api_key" ALERT_SECRET_KEY="$secret_key"
start ingest-service "$INGEST" QUARKUS_PROFILE=bench INGEST_API_KEYS=bench-key
ready catalog-service "$CATALOG"
ready alert-service "$ALERT"
ready ingest-service "$INGEST"

# shellcheck disable=SC2086
python3 "$here/replay.py" --ingest "http://127.0.0.1:$INGEST" --alert "http://127.0.0.1:$ALERT" --api-key bench-key \
  --catalog-db "$catalog_db" --alert-db "$alert_db" --smtp-port "$SMTP" --corpus "$CORPUS" $SETS
