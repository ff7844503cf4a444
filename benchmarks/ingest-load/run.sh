#!/usr/bin/env bash
# Load benchmark of ingest-service (issue 4), side by side in one run with
#   (a) a bare Quarkus endpoint on the same HTTP stack that reads the body and answers 202 (benchmarks/bare-endpoint),
#   (b) Kafka's own ProducerPerformance with the same messages, acks and idempotence against the same broker.
# Everything on loopback, each phase bounded (PHASE_SECONDS, default 20 s). Prints figures and the two ratios, and
# the ingest JVM's peak resident memory, sampled every 0.5 s throughout.
#
#   benchmarks/ingest-load/run.sh            (from the repository root; builds the jars first if they are missing)
#
# Environment: PHASE_SECONDS (20), RATE (300 req/s for the fixed-rate phase), CONNECTIONS (32, max-throughput phase),
# CORPUS (../shared/corpus: every */*.txt is posted, in turn, each with a unique suffix), KAFKA_RECORDS (200000),
# SERVICE_JAVA_OPTS (the JVM options of both services; the same as scripts/run-local.sh), PROFILE_JAVA_OPTS (added to
# ingest-service's only, e.g. -XX:StartFlightRecording=filename=/tmp/ingest.jfr,settings=profile), ports INGEST_PORT (18080),
# BARE_PORT (18090), KAFKA_PORT (19092), KAFKA_CONTROLLER_PORT (19093).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/ingest-load"
cd "$root"

PHASE_SECONDS=${PHASE_SECONDS:-20}
RATE=${RATE:-300}
CONNECTIONS=${CONNECTIONS:-32}
KAFKA_RECORDS=${KAFKA_RECORDS:-200000}
CORPUS=${CORPUS:-$root/../shared/corpus}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
INGEST_PORT=${INGEST_PORT:-18080}
BARE_PORT=${BARE_PORT:-18090}
KAFKA_PORT=${KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
# production refuses a short or development key: one of its own for each run
export API_KEY=$(openssl rand -hex 32)

work=$(mktemp -d /tmp/ingest-load.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

await_http() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    (( SECONDS < deadline )) || { log "no answer from $1"; return 1; }
    sleep 0.2
  done
}

await_port() { # port seconds
  local deadline=$((SECONDS + $2))
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    (( SECONDS < deadline )) || { log "nothing listens on $1"; return 1; }
    sleep 0.2
  done
}

# ---- tools and jars ----
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package) for the max-throughput phase"
  apt-get install -y wrk >/dev/null 2>&1 || log "wrk unavailable: the max-throughput phase uses LoadGen's closed loop instead"
fi
[[ -f kafka-broker/target/kafka.classpath ]] || ./mvnw -B -q -f kafka-broker/pom.xml generate-resources
[[ -f ingest-service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -f ingest-service/pom.xml package -DskipTests
[[ -f benchmarks/bare-endpoint/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -f benchmarks/bare-endpoint/pom.xml package -DskipTests
[[ -f "$here/target/kafka-tools.classpath" ]] || ./mvnw -B -q -f "$here/pom.xml" generate-resources
broker_cp=$(cat kafka-broker/target/kafka.classpath)
tools_cp=$(cat "$here/target/kafka-tools.classpath")

find "$CORPUS" -mindepth 2 -maxdepth 2 -name '*.txt' | sort > "$work/bodies.list"
articles=$(wc -l < "$work/bodies.list")
(( articles > 0 )) || { log "no corpus texts under $CORPUS"; exit 1; }
avg_article=$(( $(cat $(cat "$work/bodies.list") | wc -c) / articles ))
log "corpus: $articles articles from $CORPUS, $avg_article bytes on average"

# ---- the broker: the project's own KRaft broker, fresh data ----
cat > "$work/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$work/kafka-data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true
PROPS
java -cp "$broker_cp" kafka.tools.StorageTool format -t "$(java -cp "$broker_cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)" \
  -c "$work/server.properties" > "$work/format.log" 2>&1
java -Xms64m -Xmx512m -XX:+UseSerialGC -cp "$broker_cp" kafka.Kafka "$work/server.properties" > "$work/broker.log" 2>&1 &
pids+=($!)
await_port "$KAFKA_PORT" 60
bootstrap=127.0.0.1:$KAFKA_PORT
for topic in reports.parsed bench; do
  java -cp "$tools_cp" org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions 1 --replication-factor 1 > /dev/null 2>>"$work/tools.log"
done
log "broker up at $bootstrap"

# ---- the two services, same JVM options ----
KAFKA_BOOTSTRAP_SERVERS=$bootstrap QUARKUS_HTTP_PORT=$INGEST_PORT INGEST_API_KEYS=$API_KEY \
  java $SERVICE_JAVA_OPTS ${PROFILE_JAVA_OPTS:-} -jar ingest-service/target/quarkus-app/quarkus-run.jar > "$work/ingest.log" 2>&1 &
ingest_pid=$!
pids+=($ingest_pid)
QUARKUS_HTTP_PORT=$BARE_PORT java $SERVICE_JAVA_OPTS -jar benchmarks/bare-endpoint/target/quarkus-app/quarkus-run.jar > "$work/bare.log" 2>&1 &
bare_pid=$!
pids+=($bare_pid)
await_http "http://127.0.0.1:$INGEST_PORT/q/health/ready" 60
await_port "$BARE_PORT" 60
log "ingest-service (pid $ingest_pid) and bare-endpoint (pid $bare_pid) up; JVM options: $SERVICE_JAVA_OPTS"

sample_rss() { # pid file: keeps the peak RSS in KB
  local max=0 rss
  while kill -0 "$1" 2>/dev/null; do
    rss=$(ps -o rss= -p "$1" 2>/dev/null | tr -d ' ') || true
    [[ -n "$rss" ]] && (( rss > max )) && max=$rss && echo "$max" > "$2"
    sleep 0.5
  done
}
sample_rss "$ingest_pid" "$work/ingest.rss" & pids+=($!)
sample_rss "$bare_pid" "$work/bare.rss" & pids+=($!)

ingest_url=http://127.0.0.1:$INGEST_PORT/reports
bare_url=http://127.0.0.1:$BARE_PORT/noop
loadgen() { java -Xmx256m -XX:+UseSerialGC "$here/LoadGen.java" "$@"; }
field() { sed -n "s/.*[ :]$1=\([0-9.]*\).*/\1/p" <<< "$2" | head -1; }

# ---- warm-up (JIT), not reported ----
log "warm-up: 10 s each"
loadgen closed "$bare_url" "$work/bodies.list" 10 16 > /dev/null
loadgen closed "$ingest_url" "$work/bodies.list" 10 16 > /dev/null

# ---- max throughput: closed loop, CONNECTIONS in flight ----
max_phase() { # url -> "ok_per_s p99"
  if command -v wrk >/dev/null; then
    local out
    out=$(BODIES_LIST="$work/bodies.list" wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" --timeout 15s -s "$here/bodies.lua" "$1" | grep '^wrk:')
    echo "$out" >&2
    local req non2xx errors secs
    req=$(field requests "$out"); non2xx=$(field non2xx "$out"); errors=$(field socket_errors "$out"); secs=$(field seconds "$out")
    echo "$(awk -v r="$req" -v n="$non2xx" -v e="$errors" -v s="$secs" 'BEGIN { printf "%.0f", (r - n - e) / s }')"
  else
    local out
    out=$(loadgen closed "$1" "$work/bodies.list" "$PHASE_SECONDS" "$CONNECTIONS")
    echo "$out" >&2
    field ok_per_s "$out"
  fi
}
log "max throughput: ${PHASE_SECONDS} s each, $CONNECTIONS connections"
bare_max=$(max_phase "$bare_url")
ingest_max=$(max_phase "$ingest_url")
# the dry run parses and answers like POST /reports but publishes nothing: what the broker round trip costs
dry_max=$(max_phase "$ingest_url/parse")

# ---- fixed rate: open loop, latency from each request's due time ----
log "fixed rate: $RATE req/s for ${PHASE_SECONDS} s each"
bare_rate=$(loadgen rate "$bare_url" "$work/bodies.list" "$PHASE_SECONDS" "$RATE"); echo "$bare_rate" >&2
ingest_rate=$(loadgen rate "$ingest_url" "$work/bodies.list" "$PHASE_SECONDS" "$RATE"); echo "$ingest_rate" >&2

# ---- Kafka's own producer: ingest's very messages (the events of the corpus), same producer settings ----
log "kafka ProducerPerformance: $KAFKA_RECORDS records"
while read -r file; do
  # the dry run returns what would be published; minus nothing but schema and receivedAt, it is the event
  curl -fs -H "X-API-Key: $API_KEY" -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$file" \
    "http://127.0.0.1:$INGEST_PORT/reports/parse"
  echo
done < "$work/bodies.list" > "$work/events.ndjson"
avg_event=$(( $(wc -c < "$work/events.ndjson") / articles ))
perf=$(timeout 120 java -Xmx512m -cp "$tools_cp" org.apache.kafka.tools.ProducerPerformance --topic bench \
  --num-records "$KAFKA_RECORDS" --payload-file "$work/events.ndjson" --throughput -1 \
  --producer-props bootstrap.servers="$bootstrap" acks=all enable.idempotence=true linger.ms=5 batch.size=262144 compression.type="${KAFKA_COMPRESSION_TYPE:-none}" \
  2>>"$work/tools.log" | tail -1)
echo "kafka-perf: $perf" >&2
kafka_rate=$(sed -n 's/.*sent, \([0-9.]*\) records\/sec.*/\1/p' <<< "$perf")
kafka_p99=$(sed -n 's/.*, \([0-9.]*\) ms 99th.*/\1/p' <<< "$perf")

on_topic=$(java -cp "$tools_cp" org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$bootstrap" --topic reports.parsed 2>>"$work/tools.log" | awk -F: '{ s += $3 } END { print s }')

ingest_rss=$(( $(cat "$work/ingest.rss") / 1024 ))
bare_rss=$(( $(cat "$work/bare.rss") / 1024 ))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }

ingest_p50=$(field p50_ms "$ingest_rate"); ingest_p99=$(field p99_ms "$ingest_rate")
bare_p50=$(field p50_ms "$bare_rate"); bare_p99=$(field p99_ms "$bare_rate")
cat <<REPORT

== ingest load benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) ==
corpus: $articles articles, $avg_article bytes of text on average; events $avg_event bytes on average
JVM options of both services: $SERVICE_JAVA_OPTS

                         max reports/s    p50 @ ${RATE}/s   p99 @ ${RATE}/s    peak RSS
  ingest-service         $(printf '%12s' "$ingest_max")    $(printf '%8s' "$ingest_p50") ms   $(printf '%8s' "$ingest_p99") ms   $(printf '%6s' "$ingest_rss") MB
  ingest dry run         $(printf '%12s' "$dry_max")    (POST /reports/parse: parse and answer, no publish)
  bare endpoint          $(printf '%12s' "$bare_max")    $(printf '%8s' "$bare_p50") ms   $(printf '%8s' "$bare_p99") ms   $(printf '%6s' "$bare_rss") MB
  kafka ProducerPerf.    $(printf '%12s' "${kafka_rate%.*}")    (p99 per record at full speed: $kafka_p99 ms)

ratio ingest / bare endpoint   : $(ratio "$ingest_max" "$bare_max")
ratio ingest / kafka producer  : $(ratio "$ingest_max" "$kafka_rate")
messages on reports.parsed     : $on_topic (every 202 is one; warm-up included)

goals: >= 1000 reports/s ........ $(verdict "$ingest_max >= 1000")
       p99 < 100 ms at ${RATE}/s ...... $(verdict "$ingest_p99 < 100")
       >= 40% of bare endpoint .. $(verdict "$ingest_max >= 0.4 * $bare_max")
       RSS < 350 MB ............. $(verdict "$ingest_rss < 350")
REPORT
