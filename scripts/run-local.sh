#!/usr/bin/env bash
# Builds and starts the whole of Safeguarding Watch on this machine, without Docker: the project's own Kafka broker,
# the local PostgreSQL (databases created if missing; on a machine without a PostgreSQL server, a real embedded one
# from jars), a mail catcher, and the three services.
# Ctrl-C stops everything. `scripts/run-local.sh stop` stops a run started in another shell or in the background.
#
# Ports (override by environment): INGEST_PORT 8080, CATALOG_PORT 8081, ALERT_PORT 8082, KAFKA_PORT 9092,
# KAFKA_CONTROLLER_PORT 9093, SMTP_PORT 2525, MAIL_VIEW_PORT 8025. SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/local-run"
pids="$work/pids"

INGEST_PORT=${INGEST_PORT:-8080}
CATALOG_PORT=${CATALOG_PORT:-8081}
ALERT_PORT=${ALERT_PORT:-8082}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
SMTP_PORT=${SMTP_PORT:-2525}
MAIL_VIEW_PORT=${MAIL_VIEW_PORT:-8025}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
INGEST_API_KEYS=${INGEST_API_KEYS:-dev-key}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}

stop_all() {
  [ -f "$pids" ] || return 0
  # services first, the broker last, so that nothing loses its broker while still sending
  tac "$pids" | while read -r pid name; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
      echo "stopped $name"
    fi
  done
  rm -f "$pids"
}

if [ "${1:-}" = stop ]; then
  stop_all
  exit 0
fi

if [ -f "$pids" ]; then
  while read -r pid name; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "Safeguarding Watch already runs here ($name, pid $pid): scripts/run-local.sh stop" >&2
      exit 1
    fi
  done < "$pids"
  rm -f "$pids"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (./mvnw package, tests skipped)..."
  ./mvnw -B -q package -DskipTests
fi

answers() { (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; }
# PostgreSQL: the server at PGHOST:PGPORT if one answers; else this machine's cluster if it has one installed; else
# (Java only: another Linux, a Mac) a real PostgreSQL from jars, started by the infrastructure process below
embedded_pg=""
if ! answers && command -v pg_ctlcluster > /dev/null && [ -d /etc/postgresql ]; then
  echo "PostgreSQL is not answering on $PGHOST:$PGPORT; starting the local cluster..."
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 50); do answers && break; sleep 0.2; done
fi
if answers; then
  for db in catalog alert; do
    if [ -z "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$db'")" ]; then
      psql -q -d postgres -c "create database $db" && echo "created database $db"
    fi
  done
else
  echo "No PostgreSQL server on $PGHOST:$PGPORT and none installed: starting an embedded PostgreSQL there (data in $work/postgres)"
  PGHOST=127.0.0.1
  embedded_pg=$PGPORT
fi

mkdir -p "$work"
trap 'echo; echo "Stopping..."; stop_all' EXIT
trap 'exit 130' INT TERM

start() { # name logfile command...
  local name=$1 log=$2
  shift 2
  "$@" > "$log" 2>&1 &
  echo "$! $name" >> "$pids"
}

await_line() { # file pattern seconds
  for _ in $(seq 1 $(($3 * 5))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.2; done
  echo "timed out waiting for '$2' in $1:" >&2; tail -20 "$1" >&2; return 1
}

await_ready() { # name port
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0
    sleep 0.2
  done
  echo "$1 did not become ready; see $work/$1.log" >&2; tail -20 "$work/$1.log" >&2; return 1
}

start infra "$work/infra.log" java -Xmx384m -cp "$(ls test-support/target/test-support-*.jar):$(cat test-support/target/local-infra.classpath)" \
  watch.safeguarding.testsupport.LocalInfra "$work" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$SMTP_PORT" "$MAIL_VIEW_PORT" $embedded_pg
await_line "$work/infra.log" READY 120

export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
# profile `local`: the development keys (dev-key, the development address-encryption key) are allowed, as they are
# not in production (%prod refuses to start with them)
export QUARKUS_PROFILE=${QUARKUS_PROFILE:-local}
export CATALOG_URL="http://127.0.0.1:$CATALOG_PORT"
export ALERT_PUBLIC_URL="http://127.0.0.1:$ALERT_PORT"
started=$(date +%s%N)
QUARKUS_HTTP_PORT=$CATALOG_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/catalog" \
  start catalog-service "$work/catalog-service.log" java $JAVA_OPTS -jar catalog-service/target/quarkus-app/quarkus-run.jar
QUARKUS_HTTP_PORT=$ALERT_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/alert" \
  QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT \
  start alert-service "$work/alert-service.log" java $JAVA_OPTS -jar alert-service/target/quarkus-app/quarkus-run.jar
QUARKUS_HTTP_PORT=$INGEST_PORT INGEST_API_KEYS=$INGEST_API_KEYS \
  start ingest-service "$work/ingest-service.log" java $JAVA_OPTS -jar ingest-service/target/quarkus-app/quarkus-run.jar
await_ready catalog-service "$CATALOG_PORT"
await_ready alert-service "$ALERT_PORT"
await_ready ingest-service "$INGEST_PORT"
echo "All services ready in $(( ($(date +%s%N) - started) / 1000000 )) ms."

cat <<MSG

Safeguarding Watch is running (logs in $work):
  readers  http://127.0.0.1:$CATALOG_PORT/   the map of England, every council's history, latest judgements, search, feeds
  ingest   http://127.0.0.1:$INGEST_PORT   POST /reports (header X-API-Key: $INGEST_API_KEYS)   Swagger UI http://127.0.0.1:$INGEST_PORT/q/swagger-ui
  catalog  http://127.0.0.1:$CATALOG_PORT   GET /councils, /judgements, /reports              Swagger UI http://127.0.0.1:$CATALOG_PORT/q/swagger-ui
  alerts   http://127.0.0.1:$ALERT_PORT   subscribe at http://127.0.0.1:$ALERT_PORT/            Swagger UI http://127.0.0.1:$ALERT_PORT/q/swagger-ui
  mail     http://127.0.0.1:$MAIL_VIEW_PORT   every email the system sent (also .eml files in $work/mail)
  kafka    127.0.0.1:$KAFKA_PORT   PostgreSQL $PGHOST:$PGPORT (databases catalog, alert${embedded_pg:+; embedded, data in $work/postgres})
Press Ctrl-C to stop everything.
MSG
while true; do
  while read -r pid name; do
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; see $work/$name.log" >&2; exit 1; }
  done < "$pids"
  sleep 2
done
