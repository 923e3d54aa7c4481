#!/usr/bin/env bash
# Ingest throughput, with a Release build.
#   scripts/bench-ingest.sh [N_DOCS...]          end to end: generates N synthetic
#       articles, runs `annals ingest`, reports docs/s, MB/s, peak RSS, DB size
#       (default: 10000)
#   scripts/bench-ingest.sh --store [N_DOCS...]  the store alone (bench/kb_bench.cpp,
#       no parser): docs/s, MB/s, DB size, peak RSS, point-lookup and range-scan
#       latency, each N into a fresh store (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
store=0
if [ "${1:-}" = "--store" ]; then
  store=1
  shift
fi
bash scripts/build.sh build-release Release annals gen_articles kb_bench >/dev/null
counts=("$@")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if [ "$store" = 1 ]; then
  [ ${#counts[@]} -gt 0 ] || counts=(10000 100000 1000000)
  for n in "${counts[@]}"; do
    rm -rf "$tmp/kb"
    echo "== $n documents"
    build-release/bench/kb_bench "$tmp/kb" "$n" 2>/dev/null
  done
  exit 0
fi

[ ${#counts[@]} -gt 0 ] || counts=(10000)
printf "%10s %10s %10s %10s %10s %12s %10s\n" docs MB seconds "docs/s" "MB/s" "peak RSS MB" "DB MB"
for n in "${counts[@]}"; do
  rm -rf "$tmp/corpus" "$tmp/kb"
  build-release/bench/gen_articles "$tmp/corpus" "$n" 7
  mb=$(du -sm "$tmp/corpus" | cut -f1)
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$tmp/rss" build-release/cli/annals --db "$tmp/kb" ingest "$tmp/corpus" >/dev/null
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')
  rss_mb=$(( $(cat "$tmp/rss") / 1024 ))
  db_mb=$(du -sm "$tmp/kb" | cut -f1)
  printf "%10d %10d %10.2f %10.0f %10.2f %12d %10d\n" "$n" "$mb" "$secs" \
    "$(awk -v n="$n" -v s="$secs" 'BEGIN{print n/s}')" \
    "$(awk -v m="$mb" -v s="$secs" 'BEGIN{print m/s}')" "$rss_mb" "$db_mb"
done
