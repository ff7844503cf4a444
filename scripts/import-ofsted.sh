#!/usr/bin/env bash
# Imports a folder of Ofsted inspection report PDFs through the ingest API, the same code path as any posted report:
# each PDF's text is read, its judgements are published to reports.parsed as an official Ofsted report, and the
# catalog records them. Files go up as multipart bulk batches that stay under the ingest body limit; every file gets
# its own result line (202 with the judgements found, or the problem, e.g. 415 for an HTML page saved as .pdf).
# Re-running is harmless: a report keeps its id and the catalog stores it once.
#
# usage: scripts/import-ofsted.sh DIR
# env:   INGEST_URL (http://127.0.0.1:8080), INGEST_API_KEY (dev-key), BATCH_BYTES (4500000, under INGEST_MAX_BODY_SIZE)
# exit:  0 when every file was accepted, 1 when some were rejected, 2 on usage or connection errors
set -uo pipefail

dir=${1:-}
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
  echo "usage: $0 DIR   (a folder of report PDFs)" >&2
  exit 2
fi
url=${INGEST_URL:-http://127.0.0.1:8080}/reports
key=${INGEST_API_KEY:-dev-key}
limit=${BATCH_BYTES:-4500000}

accepted=0
rejected=0
batch=()
size=0

flush() {
  [ ${#batch[@]} -gt 0 ] || return 0
  local args=() f body
  for f in "${batch[@]}"; do
    args+=(-F "file=@$f;type=application/pdf")
  done
  if ! body=$(curl -sS --fail-with-body -H "X-API-Key: $key" "${args[@]}" "$url"); then
    echo "error: POST $url failed: $body" >&2
    exit 2
  fi
  if command -v jq >/dev/null; then
    jq -r '.results[] | if .status == 202
        then "\(.status) \(.file) \(.kind) \(.outcomes | length) judgements \(.reportId)"
        else "\(.status) \(.file) \(.problem.title): \(.problem.detail)" end' <<<"$body"
    accepted=$((accepted + $(jq '.accepted' <<<"$body")))
    rejected=$((rejected + $(jq '.rejected' <<<"$body")))
  else
    echo "$body"
  fi
  batch=()
  size=0
}

shopt -s nullglob nocaseglob
files=("$dir"/*.pdf)
if [ ${#files[@]} -eq 0 ]; then
  echo "no .pdf files in $dir" >&2
  exit 2
fi
for f in "${files[@]}"; do
  bytes=$(wc -c <"$f")
  if [ $((size + bytes)) -gt "$limit" ]; then
    flush
  fi
  batch+=("$f")
  size=$((size + bytes))
done
flush

echo "imported $accepted of ${#files[@]} files ($rejected rejected)"
[ "$rejected" -eq 0 ]
