#!/usr/bin/env bash
# Time-tagger throughput: annals (Release, one core) and chrono-node on the
# same ~N MB of news text (TE3 TEXTs and the seed pages, repeated), side by
# side. Needs ../shared; chrono-node is installed into bench/chrono by npm
# (skipped with a note when npm or node is missing; CI does not need it).
# Usage: [BUILD_DIR=build-release] scripts/bench-timex.sh [SIZE_MB]   (default: 64)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-64}
if [ ! -d ../shared/te3 ]; then
  echo "bench-timex: error: ../shared/te3 not found (the shared data sits beside the checkout)" >&2
  exit 2
fi
build=${BUILD_DIR:-build-release}
bash scripts/build.sh "$build" Release timex_bench >&2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

taskset -c 0 "$build"/bench/timex_bench --mb "$mb" --shared ../shared \
  --write-corpus "$tmp/corpus.jsonl"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d bench/chrono/node_modules/chrono-node ]; then
    npm install --prefix bench/chrono --no-audit --no-fund --silent >&2
  fi
  taskset -c 0 node --max-old-space-size=8192 bench/chrono/bench.mjs "$tmp/corpus.jsonl"
else
  echo "bench-timex: node/npm not found: chrono-node skipped" >&2
fi
