#!/usr/bin/env bash
# Load test of `alpkg serve` on loopback, side by side with `oxigraph serve-read-only` over
# the same store directory: 16 connections (2 threads) for DURATION seconds (default 30) on a
# named analyst query, and on a plan's page for alpkg. Prints wrk's requests/s, latency
# percentiles and error counts.
#
#   cargo build --release && bash benches/serve_load.sh [PLANS_DIR] [DURATION]
#
# Needs wrk (apt install wrk) and the Oxigraph CLI (pip install oxigraph, from
# tests/python/requirements.txt). PLANS_DIR defaults to ../shared/corpus/learning-plans,
# else examples/plans.
set -euo pipefail
cd "$(dirname "$0")/.."
plans="${1:-../shared/corpus/learning-plans}"
[ -d "$plans" ] || plans=examples/plans
dur="${2:-30}"
bin=target/release/alpkg
tmp="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$bin" --store "$tmp/store" ingest "$plans" >/dev/null 2>&1
query="$(sed -n '/^[^#]/,$p' queries/plans-per-country.rq)"
enc="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read()))' <<<"$query")"
plan="$("$bin" --store "$tmp/store" query 'SELECT ?p WHERE { ?p a <https://w3id.org/alpkg/ontology#LearningPlan> } ORDER BY ?p LIMIT 1' --format csv | tail -1 | tr -d '\r')"
path="${plan#https://w3id.org}"
up() { # url: wait until it answers (the public copy and the network are made at start)
  for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "server did not start" >&2; return 1
}
run() { # name url accept
  echo "== $1"
  wrk -t2 -c16 -d"${dur}s" --latency -H "Accept: $3" "$2" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors|requests in"
}
start=$(date +%s.%N)
"$bin" --store "$tmp/store" serve --bind 127.0.0.1:7911 2>"$tmp/alpkg.log" &
up http://127.0.0.1:7911/sparql
echo "alpkg serve answered $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s after start"
run "alpkg serve: named query plans-per-country (JSON)" "http://127.0.0.1:7911/sparql?query=$enc" application/sparql-results+json
run "alpkg serve: a plan's page (HTML)" "http://127.0.0.1:7911$path" text/html
run "alpkg serve: a plan's description (Turtle)" "http://127.0.0.1:7911$path" text/turtle
kill %1; wait %1 2>/dev/null || true
oxigraph serve-read-only --location "$tmp/store" --bind 127.0.0.1:7912 --union-default-graph 2>"$tmp/oxigraph.log" &
up http://127.0.0.1:7912/query
run "oxigraph serve-read-only: the same query (JSON)" "http://127.0.0.1:7912/query?query=$enc" application/sparql-results+json
