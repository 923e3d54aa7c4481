#!/usr/bin/env bash
# TimeBank event times (Reimers et al.): `annals events --gold-events` dates
# every EVENT tag of the 36 TimeBank-Dense documents; annals-eventtime-score
# prints exact and relaxed accuracy per split, and the same for the baseline
# "every event on the story's date" (the DCT).
# Usage: scripts/eval-eventtime.sh [BUILD_DIR] [--no-build] [--verbose] [--split train|dev|test]
#   Develop on train and dev; test is for measuring only.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
verbose=()
splits=(train dev test)
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --verbose) verbose=(--verbose) ;;
    --split) splits=("${2:?--split needs train, dev or test}"); shift ;;
    -*) echo "eval-eventtime: error: unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
gold=../shared/eventtime/event-times_normalized.tab
tml=../shared/te3/tbaq/TimeBank
if [ ! -f "$gold" ] || [ ! -d "$tml" ]; then
  echo "eval-eventtime: error: $gold or $tml not found: the shared data sits beside the checkout (../shared)" >&2
  exit 2
fi
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals annals-eventtime-score >&2
annals=$build/cli/annals
score=$build/eval/annals-eventtime-score
for bin in "$annals" "$score"; do
  [ -x "$bin" ] || { echo "eval-eventtime: error: $bin not built" >&2; exit 2; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The splits of the TACL 2018 paper (SOURCE.md).
test_docs="APW19980227.0489 APW19980227.0494 APW19980308.0201 APW19980418.0210
CNN19980126.1600.1104 CNN19980213.2130.0155 NYT19980402.0453 PRI19980115.2000.0186
PRI19980306.2000.1675"
dev_docs="APW19980227.0487 CNN19980223.1130.0960 NYT19980212.0019 PRI19980216.2000.0170
ed980111.1130.0089"
all_docs=$(cut -f1 "$gold" | sort -u)
docs_of() {
  case $1 in
    test) echo "$test_docs" ;;
    dev) echo "$dev_docs" ;;
    train) comm -23 <(echo "$all_docs") <(echo "$test_docs $dev_docs" | tr ' ' '\n' | sed '/^$/d' | sort) ;;
  esac
}

for split in "${splits[@]}"; do
  files=()
  for d in $(docs_of "$split"); do files+=("$tml/$d.tml"); done
  "$annals" events --gold-events --format tsv "${files[@]}" > "$work/$split.tsv"
  # Baseline: every event on the DCT's day.
  for f in "${files[@]}"; do
    dct=$(grep -o '<DCT>.*</DCT>' "$f" | grep -o 'value="[0-9-]\{10\}' | cut -c8-)
    cut -f1,2 "$work/$split.tsv" | grep -F "$(basename "$f" .tml)	" | sed "s/\$/	$dct/"
  done > "$work/$split.baseline.tsv"
  printf '%-6s annals    %s\n' "$split" "$("$score" "$gold" "$work/$split.tsv" | tail -1)"
  printf '%-6s story day %s\n' "$split" "$("$score" "$gold" "$work/$split.baseline.tsv")"
  [ ${#verbose[@]} -eq 0 ] || "$score" "${verbose[@]}" "$gold" "$work/$split.tsv" | sed '$d'
done
