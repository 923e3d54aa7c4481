#!/usr/bin/env bash
# Kills a large ingest (kb_bench) with SIGKILL at random moments, then checks
# the store: `annals check` must say ok (every document whole or absent: a
# document's mentions, events and index entries are one WriteBatch).
# Usage: scripts/crash-test.sh BUILD_DIR [ROUNDS]
set -euo pipefail
build=${1:?usage: crash-test.sh BUILD_DIR [ROUNDS]}
rounds=${2:-5}
db=$(mktemp -d)/kb
trap 'rm -rf "$(dirname "$db")"' EXIT
for ((i = 1; i <= rounds; i++)); do
  "$build/bench/kb_bench" "$db" 1000000 >/dev/null 2>&1 &
  pid=$!
  sleep "$((RANDOM % 4 + 1)).$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! out=$("$build/cli/annals" --db "$db" check 2>&1); then
    echo "round $i: check failed: $out"
    exit 1
  fi
  echo "round $i: killed; check: $out; $("$build/cli/annals" --db "$db" stats | tr -s ' \n' ' ')"
done
