#!/usr/bin/env bash
# Crash test: an ingest of DOCS synthetic articles is killed with SIGKILL at
# random moments and resumed each time (re-running the same `annals
# ingest`, which skips what is stored), until ROUNDS kills have landed. After
# every kill `annals check` must say ok: every stored document whole (all
# its mentions, events that add up to their mentions, index entries both
# ways), nothing of a half-written one. Every ingest that reaches the end
# must leave `annals stats` equal to that of a clean, uninterrupted ingest.
# Usage: scripts/crash-test.sh [BUILD_DIR] [DOCS] [ROUNDS] [SEED]   (ROUNDS = kills)
#   defaults: build 100000 20 $RANDOM. Builds annals and gen_articles (Release)
#   when BUILD_DIR is a CMake build; a folder holding copies of cli/annals and
#   bench/gen_articles is used as it is. CRASH_WORK=DIR keeps the corpus,
#   the clean store and its figures in DIR (and reuses them when there).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
docs=${2:-100000}
rounds=${3:-20}
seed=${4:-$RANDOM}
if [ -f "$build/CMakeCache.txt" ]; then
  bash scripts/build.sh "$build" Release annals gen_articles >/dev/null
fi
annals=$(realpath "$build/cli/annals")
if [ -n "${CRASH_WORK:-}" ]; then
  work=$CRASH_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/annals-crash.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
RANDOM=$seed
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

echo "crash test: $docs documents, $rounds kills, seed $seed, build $build"
[ -d "$work/corpus" ] || "$build/bench/gen_articles" "$work/corpus" "$docs" 7

if [ ! -f "$work/clean.secs" ]; then
  rm -rf "$work/clean"
  t=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$annals" --db "$work/clean" ingest "$work/corpus" >/dev/null
  elapsed "$t" >"$work/clean.secs"
  "$annals" --db "$work/clean" stats >"$work/clean.stats"
fi
clean_secs=$(cat "$work/clean.secs")
echo "clean ingest: ${clean_secs}s, peak RSS $(($(cat "$work/rss") / 1024)) MB;" \
  "$(tr -s ' \n' ' ' <"$work/clean.stats")"
t=$(now)
"$annals" --db "$work/clean" ingest "$work/corpus" >/dev/null
skip_secs=$(elapsed "$t")
"$annals" --db "$work/clean" stats | cmp -s - "$work/clean.stats" ||
  { echo "FAIL: re-ingesting the same corpus changed the stats"; exit 1; }
echo "re-ingest of a complete store (all unchanged): ${skip_secs}s, stats unchanged"

# A resumed run first skips the stored documents (about skip_secs * stored /
# docs), then writes new ones: the kill lands a random time into that part,
# on average 0.8 of a kill's share of the whole ingest (CRASH_PACE_SECS, by
# default the clean ingest's time). A run that ends before its kill
# completes the store: its stats must equal the clean ones, and the next
# kills go to a fresh ingest, until ROUNDS kills have landed.
pace=${CRASH_PACE_SECS:-$clean_secs}
db="$work/crashed"
rm -rf "$db"
killed=0 attempt=0 cycle=1 stored=0
while ((killed < rounds)); do
  attempt=$((attempt + 1))
  delay=$(awk -v s="$skip_secs" -v c="$pace" -v k="$stored" -v n="$docs" -v r="$rounds" \
    -v u="$RANDOM" 'BEGIN{printf "%.2f", s*k/n + (0.1 + 1.4*u/32767) * c/r}')
  "$annals" --db "$db" ingest "$work/corpus" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    killed=$((killed + 1))
    state="kill $killed (ingest $cycle) after ${delay}s"
  else
    state="ingest $cycle finished before the kill at ${delay}s"
  fi
  wait "$pid" 2>/dev/null || true
  if ! out=$("$annals" --db "$db" check 2>&1); then
    # Killed before the store was made, or while it was made: nothing stored.
    if ((stored == 0)) && [[ $out == "annals: error: no knowledge base at "* ]]; then
      echo "$state; no store yet: nothing was stored"
      continue
    fi
    echo "FAIL ($state): $out"
    exit 1
  fi
  "$annals" --db "$db" stats >"$work/round.stats"
  stored=$(awk '/^documents/{print $2}' "$work/round.stats")
  echo "$state; check: $out; $(tr -s ' \n' ' ' <"$work/round.stats")"
  if [ "$stored" = "$docs" ]; then
    cmp -s "$work/round.stats" "$work/clean.stats" ||
      { echo "FAIL: ingest $cycle ends with other stats than a clean one"; exit 1; }
    echo "ingest $cycle complete: stats equal the clean ingest's; next kills go to a fresh store"
    rm -rf "$db"
    stored=0
    cycle=$((cycle + 1))
  fi
done

"$annals" --db "$db" ingest "$work/corpus" >/dev/null
"$annals" --db "$db" check >/dev/null || { echo "FAIL: check after the final ingest"; exit 1; }
if ! diff <("$annals" --db "$db" stats) "$work/clean.stats"; then
  echo "FAIL: resumed ingest ends with other stats than a clean one"
  exit 1
fi
echo "PASS: $killed kills mid-ingest ($attempt runs, $cycle ingests), check ok after each;" \
  "every resumed ingest ends with the clean ingest's stats"
