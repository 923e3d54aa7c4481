#!/usr/bin/env bash
# Finds the events of the TempEval-3 sets (../shared/te3: tbaq/TimeBank,
# tbaq/AQUAINT, platinum) with `annals events` and scores them with
# annals-te3-events-score, the TE3 Task B rules: event F1 over overlapping
# spans (with P and R), strict F1 (same extent) and class F1. Prints one row a
# set, with a `tbaq` row scoring TimeBank and AQUAINT together.
# tbaq is the development set; platinum is measured only: its per-event
# errors are never written (--keep lists tbaq's alone).
# The event rates and the event model annals uses are trained on all of tbaq,
# so tbaq's rows measure the training set; --heldout adds an honest
# development figure: rates and model trained on TimeBank alone
# (annals-train-event-lemmas, annals-train-event-model), scored on AQUAINT.
# Usage: scripts/eval-events.sh [BUILD_DIR] [--no-build] [--dev] [--heldout] [--keep DIR]
#   --dev       tbaq only: leaves the held-out platinum alone
#   --heldout   also the row `heldout`: AQUAINT scored with rates and model trained on TimeBank
#   BUILD_DIR   default: build (configured as Release when new)
#   --no-build  use the binaries already in BUILD_DIR
#   --keep DIR  keep the system .tml files and tbaq's per-event list (DIR/SET.events.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
dev_only=0
heldout=0
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --dev) dev_only=1 ;;
    --heldout) heldout=1 ;;
    --keep) keep=${2:?--keep needs a directory}; shift ;;
    -*) echo "eval-events: error: unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
te3=../shared/te3
if [ ! -d "$te3/platinum" ] || [ ! -d "$te3/tbaq" ]; then
  echo "eval-events: error: $te3 not found: the shared TempEval-3 data sits beside the checkout (../shared)" >&2
  exit 2
fi
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals annals-te3-events-score annals-train-event-lemmas annals-train-event-model >&2
annals=$build/cli/annals
score=$build/eval/annals-te3-events-score
for bin in "$annals" "$score"; do
  [ -x "$bin" ] || { echo "eval-events: error: $bin not built" >&2; exit 2; }
done
if [ -n "$keep" ]; then
  work=$keep; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

printf "%-10s %5s %6s %6s %9s %7s %7s %10s %9s\n" set docs G S "event F1" P R "strict F1" "class F1"
# One scored row: NAME GOLD_DIR SYSTEM_DIR DOCS
score_row() {
  "$score" --tsv "$2" "$3" | tail -n 1 | awk -F'\t' -v set="$1" -v docs="$4" \
    '{ printf "%-10s %5d %6d %6d %9s %7s %7s %10s %9s\n", set, docs, $6, $7, $1, $2, $3, $4, $5 }'
}
sets=(tbaq/TimeBank tbaq/AQUAINT)
[ "$dev_only" = 1 ] || sets+=(platinum)
for set in "${sets[@]}"; do
  name=$(basename "$set")
  out=$work/$name
  rm -rf "$out"
  "$annals" events --format tml --out "$out" "$te3/$set"/*.tml 2>"$work/$name.stderr" || {
    echo "eval-events: error: annals events failed on $set:" >&2; cat "$work/$name.stderr" >&2; exit 2; }
  docs=$(ls "$te3/$set"/*.tml | wc -l)
  if [ -n "$keep" ] && [ "$name" != platinum ]; then
    "$score" --details "$te3/$set" "$out" | grep -P '\t(missed|spurious|class|extent|correct)\t' >"$work/$name.events.tsv" || true
  fi
  score_row "$name" "$te3/$set" "$out" "$docs"
  if [ "$name" = AQUAINT ]; then
    rm -rf "$work/tbaq.gold" "$work/tbaq.system"
    mkdir -p "$work/tbaq.gold" "$work/tbaq.system"
    for part in TimeBank AQUAINT; do
      ln -s "$(realpath "$te3/tbaq/$part")"/*.tml "$work/tbaq.gold/"
      ln -s "$(realpath "$work/$part")"/*.tml "$work/tbaq.system/"
    done
    score_row tbaq "$work/tbaq.gold" "$work/tbaq.system" "$(ls "$work/tbaq.gold" | wc -l)"
  fi
done
if [ "$heldout" = 1 ]; then
  train=$build/eval/annals-train-event-lemmas
  train_model=$build/eval/annals-train-event-model
  for bin in "$train" "$train_model"; do
    [ -x "$bin" ] || { echo "eval-events: error: $bin not built" >&2; exit 2; }
  done
  "$train" "$work/timebank_rates.tsv" "$te3/tbaq/TimeBank" 2>/dev/null
  "$train_model" "$work/timebank_model.tsv" "$te3/tbaq/TimeBank" 2>/dev/null
  rm -rf "$work/heldout"
  ANNALS_EVENT_LEMMAS=$work/timebank_rates.tsv ANNALS_EVENT_MODEL=$work/timebank_model.tsv "$annals" events --format tml --out "$work/heldout" \
    "$te3/tbaq/AQUAINT"/*.tml 2>"$work/heldout.stderr" || {
    echo "eval-events: error: annals events failed on AQUAINT (held out):" >&2; cat "$work/heldout.stderr" >&2; exit 2; }
  if [ -n "$keep" ]; then
    "$score" --details "$te3/tbaq/AQUAINT" "$work/heldout" | grep -P '\t(missed|spurious|class|extent|correct)\t' >"$work/heldout.events.tsv" || true
  fi
  score_row heldout "$te3/tbaq/AQUAINT" "$work/heldout" "$(ls "$te3/tbaq/AQUAINT"/*.tml | wc -l)"
fi
