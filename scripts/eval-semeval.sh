#!/usr/bin/env bash
# SemEval-2015 Task 4 Track A, end to end: for each corpus, `annals ingest`
# the raw CAT documents into a fresh knowledge base, `annals export --format
# semeval --entity E` one timeline file per target entity (an empty timeline
# is still a file), and score them with annals-semeval-score (the official
# rules, reimplemented in eval/). Prints per-corpus and micro P/R/F1 and the
# wall time of the whole run.
# Usage: scripts/eval-semeval.sh [BUILD_DIR] [--trial|--test] [--no-build] [--keep DIR] [--verbose]
#   --trial     the Apple trial corpus (default; develop on this)
#   --test      test corpus_1..3 (held out: run once, at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
set_name=trial
keep=
verbose=()
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --trial) set_name=trial ;;
    --test) set_name=test ;;
    --keep) keep=${2:?--keep needs a directory}; shift ;;
    --verbose) verbose=(--verbose) ;;
    -*) echo "eval-semeval: error: unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
data=../shared/semeval2015-timeline
if [ ! -d "$data/trial" ] || [ ! -d "$data/test" ]; then
  echo "eval-semeval: error: $data not found: the shared data sits beside the checkout (../shared)" >&2
  exit 2
fi
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals annals-semeval-score >&2
annals=$build/cli/annals
score=$build/eval/annals-semeval-score
for bin in "$annals" "$score"; do
  [ -x "$bin" ] || { echo "eval-semeval: error: $bin not built" >&2; exit 2; }
done
if [ -n "$keep" ]; then
  work=$keep; rm -rf "$work"; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

# corpus name, input folder, entity list, gold folder
corpora=()
if [ "$set_name" = trial ]; then
  printf '%s\n' "Beatles Apple Corps" "iPhone 3G" "iPhone 4" "iPod" "iTunes store" "Steve Jobs" \
    > "$work/trial_entities.txt"
  corpora+=("trial|$data/trial/Corpus-trial-data_task4|$work/trial_entities.txt|$data/trial/TimeLines_trial_data_task4_v1.2")
else
  for n in 1 2 3; do
    c=$data/test/corpus_$n
    corpora+=("corpus_$n|$c/corpus_trackA_CAT|$c/list_target_entities_corpus_$n.txt|$c/TimeLines_Gold_Standard")
  done
fi

start=$(date +%s.%N)
pairs=()
for spec in "${corpora[@]}"; do
  IFS='|' read -r name input entities gold <<<"$spec"
  db=$work/$name.db
  out=$work/$name/timelines
  mkdir -p "$out"
  "$annals" --db "$db" ingest "$input" >"$work/$name/ingest.log" 2>&1
  while IFS= read -r entity || [ -n "$entity" ]; do
    entity=${entity%$'\r'}
    [ -n "$entity" ] || continue
    file=$(printf '%s' "$entity" | tr 'A-Z ' 'a-z_' | sed 's/&/_and_/g')
    "$annals" --db "$db" export --format semeval --entity "$entity" --out "$out/$file.txt" \
      2>>"$work/$name/export.log"
  done <"$entities"
  if [ "$name" = trial ]; then
    # The trial gold (v1.2) writes anchors short ("2006-03", "1968"); the
    # test gold, which the export follows, pads them ("2006-03-XX").
    sed -i -E 's/\t([0-9]{4}-[0-9]{2})-XX\t/\t\1\t/; s/\t([0-9]{4})-XX-XX\t/\t\1\t/' "$out"/*.txt
  fi
  pairs+=("$gold" "$out")
done
produced=$(date +%s.%N)
scores=$("$score" "${verbose[@]}" "${pairs[@]}" | sed "s|$data/||")
end=$(date +%s.%N)

echo "SemEval-2015 Task 4 Track A ($set_name), official scoring rules (eval/semeval_score.cpp)"
echo "$scores"
printf 'wall time of the whole run: %.2f s (ingest + export %.2f s, scoring %.2f s)\n' \
  "$(echo "$end - $start" | bc)" "$(echo "$produced - $start" | bc)" "$(echo "$end - $produced" | bc)"
