#!/usr/bin/env bash
# Ingests the five seed pages into a fresh KB, exports JSONL and scores it
# against ../shared/corpus/seeds.gold.jsonl. Usage: scripts/eval-seeds.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seeds=../shared/corpus/seeds
gold=../shared/corpus/seeds.gold.jsonl
if [ ! -d "$seeds" ]; then
  echo "eval-seeds: error: $seeds not found (the shared corpus sits beside the checkout in CI)" >&2
  exit 2
fi
bash scripts/build.sh "$build" Release annals annals-seeds-eval
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$build/cli/annals" --db "$tmp/kb" ingest "$seeds"
"$build/cli/annals" --db "$tmp/kb" export --format jsonl --out "$tmp/events.jsonl"
"$build/eval/annals-seeds-eval" "$tmp/events.jsonl" "$gold" "$seeds"
