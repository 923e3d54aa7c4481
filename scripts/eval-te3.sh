#!/usr/bin/env bash
# Tags the TempEval-3 sets (../shared/te3: tbaq/TimeBank, tbaq/AQUAINT,
# platinum) with `annals timex` and scores them with annals-te3-score, the
# official TE3 Task A rules. Prints one table: set, strict/relaxed/value/type F1,
# with a `tbaq` row scoring TimeBank and AQUAINT together (micro-averaged).
# A `meantime` row follows when ../shared/meantime and python3 are there: the
# MEANTIME Apple articles (SemEval-2015 trial documents, annotated title and
# first five sentences), converted by scripts/meantime-tml.py; a second
# development set, in Wikinews style.
# Usage: scripts/eval-te3.sh [BUILD_DIR] [--no-build] [--dev] [--keep DIR]
#   --dev       the development sets only (tbaq): leaves the held-out platinum alone
#   BUILD_DIR   default: build (configured as Release when new)
#   --no-build  use the binaries already in BUILD_DIR
#   --keep DIR  keep the system .tml files and a per-error list (DIR/SET.errors.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
dev_only=0
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --dev) dev_only=1 ;;
    --keep) keep=${2:?--keep needs a directory}; shift ;;
    -*) echo "eval-te3: error: unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
te3=../shared/te3
if [ ! -d "$te3/platinum" ] || [ ! -d "$te3/tbaq" ]; then
  echo "eval-te3: error: $te3 not found: the shared TempEval-3 data sits beside the checkout (../shared) in CI" >&2
  exit 2
fi
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals annals-te3-score >&2
annals=$build/cli/annals
score=$build/eval/annals-te3-score
for bin in "$annals" "$score"; do
  [ -x "$bin" ] || { echo "eval-te3: error: $bin not built" >&2; exit 2; }
done
if [ -n "$keep" ]; then
  work=$keep; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

printf "%-10s %5s %6s %6s %10s %10s %10s %10s\n" set docs G S "strict F1" "relaxed F1" "value F1" "type F1"
# One scored row: NAME GOLD_DIR SYSTEM_DIR DOCS
score_row() {
  "$score" --tsv "$2" "$3" | tail -n 1 | awk -F'\t' -v set="$1" -v docs="$4" \
    '{ printf "%-10s %5d %6d %6d %10s %10s %10s %10s\n", set, docs, $9, $10, $1, $4, $7, $8 }'
}
sets=(tbaq/TimeBank tbaq/AQUAINT)
[ "$dev_only" = 1 ] || sets+=(platinum)
for set in "${sets[@]}"; do
  name=$(basename "$set")
  out=$work/$name
  rm -rf "$out"
  "$annals" timex --format tml --out "$out" "$te3/$set"/*.tml 2>"$work/$name.stderr" || {
    echo "eval-te3: error: annals timex failed on $set:" >&2; cat "$work/$name.stderr" >&2; exit 2; }
  docs=$(ls "$te3/$set"/*.tml | wc -l)
  [ -n "$keep" ] && "$score" --details "$te3/$set" "$out" | grep -P '\t(missed|spurious|extent|value)\t' >"$work/$name.errors.tsv" || true
  score_row "$name" "$te3/$set" "$out" "$docs"
  if [ "$name" = AQUAINT ]; then
    # TimeBank + AQUAINT as one set: both folders linked into one (file names are distinct).
    rm -rf "$work/tbaq.gold" "$work/tbaq.system"
    mkdir -p "$work/tbaq.gold" "$work/tbaq.system"
    for part in TimeBank AQUAINT; do
      ln -s "$(realpath "$te3/tbaq/$part")"/*.tml "$work/tbaq.gold/"
      ln -s "$(realpath "$work/$part")"/*.tml "$work/tbaq.system/"
    done
    score_row tbaq "$work/tbaq.gold" "$work/tbaq.system" "$(ls "$work/tbaq.gold" | wc -l)"
  fi
done
meantime=../shared/meantime/meantime_newsreader_english_oct15/intra_cross-doc_annotation/corpus_apple
if [ -d "$meantime" ] && command -v python3 >/dev/null; then
  rm -rf "$work/meantime.gold" "$work/meantime"
  python3 scripts/meantime-tml.py "$work/meantime.gold" "$meantime"/*.xml
  "$annals" timex --format tml --out "$work/meantime" "$work/meantime.gold"/*.tml 2>"$work/meantime.stderr" || {
    echo "eval-te3: error: annals timex failed on MEANTIME:" >&2; cat "$work/meantime.stderr" >&2; exit 2; }
  [ -n "$keep" ] && "$score" --details "$work/meantime.gold" "$work/meantime" | grep -P '\t(missed|spurious|extent|value)\t' >"$work/meantime.errors.tsv" || true
  score_row meantime "$work/meantime.gold" "$work/meantime" "$(ls "$work/meantime.gold" | wc -l)"
fi
