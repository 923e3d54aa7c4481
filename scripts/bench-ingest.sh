#!/usr/bin/env bash
# Ingest throughput, with a Release build.
#   scripts/bench-ingest.sh [N_DOCS...]          end to end: generates N synthetic
#       articles (bench/gen_articles), runs `annals ingest`, reports docs/s, MB/s
#       (story text bytes as `annals ingest` counts them), peak RSS, DB size
#       (default: 10000)
#   scripts/bench-ingest.sh --stories [N...]     the same on stories made of real
#       news sentences (bench/gen_stories.py over ../shared/te3), plus `annals
#       timex` MB/s on the same text and the ratio (default: 5000 40000)
#   scripts/bench-ingest.sh --store [N_DOCS...]  the store alone (bench/kb_bench.cpp,
#       no parser): docs/s, MB/s, DB size, peak RSS, point-lookup and range-scan
#       latency, each N into a fresh store (default: 10000 100000 1000000)
# JOBS=N passes -j N to annals ingest (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
store=0
stories=0
if [ "${1:-}" = "--store" ]; then
  store=1
  shift
elif [ "${1:-}" = "--stories" ]; then
  stories=1
  shift
fi
jobs=()
[ -n "${JOBS:-}" ] && jobs=(-j "$JOBS")
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

if [ "$stories" = 1 ]; then
  [ -d ../shared/te3 ] || { echo "bench-ingest: ../shared/te3 not found" >&2; exit 2; }
  [ ${#counts[@]} -gt 0 ] || counts=(5000 40000)
else
  [ ${#counts[@]} -gt 0 ] || counts=(10000)
fi
# CPU seconds (user + system, all threads) as well as wall time: on a shared
# machine the wall clock measures the neighbours too.
printf "%10s %10s %10s %10s %10s %12s %10s %10s %12s %12s\n" docs MB seconds "docs/s" "MB/s" \
  "peak RSS MB" "DB MB" "CPU s" "docs/CPU s" "store CPU s"
for n in "${counts[@]}"; do
  rm -rf "$tmp/corpus" "$tmp/kb"
  if [ "$stories" = 1 ]; then
    python3 bench/gen_stories.py ../shared/te3 "$tmp/corpus" "$n" 7
  else
    build-release/bench/gen_articles "$tmp/corpus" "$n" 7
  fi
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$tmp/rss" build-release/cli/annals --db "$tmp/kb" ingest "${jobs[@]}" \
    "$tmp/corpus" >"$tmp/summary"
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')
  # "ingested N documents (...), X MB in ...": the story text it stored.
  mb=$(sed -n 's/.*), \([0-9.]*\) MB in.*/\1/p' "$tmp/summary")
  # "...; the store took X CPU s": the writer thread's share, which bounds the rate.
  store_cpu=$(sed -n 's/.*the store took \([0-9.]*\) CPU s.*/\1/p' "$tmp/summary")
  read -r rss_kb user sys <"$tmp/rss"
  rss_mb=$((rss_kb / 1024))
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')
  db_mb=$(du -sm "$tmp/kb" | cut -f1)
  printf "%10d %10.1f %10.2f %10.0f %10.2f %12d %10d %10.1f %12.0f %12.1f\n" "$n" "$mb" "$secs" \
    "$(awk -v n="$n" -v s="$secs" 'BEGIN{print n/s}')" \
    "$(awk -v m="$mb" -v s="$secs" 'BEGIN{print m/s}')" "$rss_mb" "$db_mb" "$cpu" \
    "$(awk -v n="$n" -v c="$cpu" 'BEGIN{print n/c}')" "${store_cpu:-0}"
  if [ "$stories" = 1 ]; then
    # The time tagger alone on the same text, one file.
    python3 -c 'import json,sys
for p in sys.argv[1:]:
  for l in open(p): print(json.loads(l)["text"])' "$tmp"/corpus/*.jsonl >"$tmp/all.txt"
    tmb=$(awk -v b="$(stat -c %s "$tmp/all.txt")" 'BEGIN{print b/1e6}')
    t0=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$tmp/tcpu" build-release/cli/annals timex "$tmp/all.txt" \
      --date 2000-01-01 --format table >/dev/null
    t1=$(date +%s.%N)
    read -r tu ts <"$tmp/tcpu"
    awk -v m="$tmb" -v a="$t0" -v b="$t1" -v e="$mb" -v s="$secs" -v tc="$tu" -v ts="$ts" -v c="$cpu" 'BEGIN{
      printf "%10s annals timex on the same %.1f MB: %.2f MB/s wall, %.2f MB/CPU s; ingest/timex = 1/%.0f wall, 1/%.0f CPU\n",
        "", m, m/(b-a), m/(tc+ts), (m/(b-a))/(e/s), (m/(tc+ts))/(e/c)}'
  fi
done
