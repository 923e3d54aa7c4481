#!/usr/bin/env bash
# End-to-end ingest throughput: generates N synthetic articles, ingests them
# with a Release build, and reports documents/s, MB/s, peak RSS and DB size.
# Usage: scripts/bench-ingest.sh [N_DOCS...]   (default: 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh build-release Release annals gen_articles
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(10000)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf "%10s %10s %10s %10s %12s %10s\n" docs MB seconds "docs/s" "peak RSS MB" "DB MB"
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
  printf "%10d %10d %10.2f %10.0f %12d %10d\n" "$n" "$mb" "$secs" "$(awk -v n="$n" -v s="$secs" 'BEGIN{print n/s}')" "$rss_mb" "$db_mb"
done
