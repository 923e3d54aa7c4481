#!/usr/bin/env bash
# Dates the pages of eval/pages/ (real news pages with their true story date,
# eval/pages/answers.tsv) and prints right / none / wrong per split (dev, test):
# once ingested as plain text, once as JSON Lines records with their URLs.
# A page with no story date is right when it gets none.
# Usage: [ANNALS=other/annals] scripts/eval-dates.sh [BUILD_DIR] [--no-build] [--list] [--only dev|test]
#          [--answers FILE]
#   --list     names every miss (of the --only split, if given)
#   --answers  score only the pages a subset of answers.tsv names (same columns)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
list=0
only=""
answers_arg=""
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --list) list=1 ;;
    --only) only=$2; shift ;;
    --answers) answers_arg=$2; shift ;;
    *) build=$1 ;;
  esac
  shift
done
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals >/dev/null
annals=${ANNALS:-$build/cli/annals}
pages=eval/pages
answers=${answers_arg:-$pages/answers.tsv}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# doc(Doc, Outlet, Published) as "name<TAB>date" (every document, dated or not).
dates() { "$annals" --db "$1" query --format tsv 'doc(D, _, P).' | tail -n +2; }

# One knowledge base per split, as an analyst would ingest a batch of pages.
for split in dev test; do
  mkdir -p "$tmp/txt-$split"
  awk -F'\t' -v s="$split" 'NR > 1 && $3 == s { print $1 }' "$answers" |
    while read -r f; do cp "$pages/$f" "$tmp/txt-$split/"; done
  "$annals" --db "$tmp/kb-txt-$split" ingest "$tmp/txt-$split" >/dev/null 2>&1 || true
  dates "$tmp/kb-txt-$split" >>"$tmp/got-txt.tsv" || true

  # JSON Lines: {"text": page, "url": url}; the line number names the page.
  awk -F'\t' -v s="$split" 'NR > 1 && $3 == s { print $1 "\t" $4 }' "$answers" >"$tmp/map-$split"
  python3 - "$pages" "$tmp/map-$split" >"$tmp/pages-$split.jsonl" <<'PY'
import json, sys
pages, mapping = sys.argv[1], sys.argv[2]
for row in open(mapping, encoding="utf-8"):
    name, url = row.rstrip("\n").split("\t")
    text = open(f"{pages}/{name}", encoding="utf-8").read()
    print(json.dumps({"text": text, "url": url}, ensure_ascii=False))
PY
  "$annals" --db "$tmp/kb-jsonl-$split" ingest "$tmp/pages-$split.jsonl" >/dev/null 2>&1 || true
  dates "$tmp/kb-jsonl-$split" |
    awk -F'\t' -v map="$tmp/map-$split" -v s="$split" '
      BEGIN { while ((getline row < map) > 0) { split(row, f, "\t"); name[++n] = f[1] } }
      { line = $1; sub(/.*#/, "", line); print name[line + 0] "\t" $2 }' >>"$tmp/got-jsonl.tsv" || true
done

echo "plain text ($answers):"
awk -v list="$list" -v only="$only" -f eval/dates_score.awk "$answers" "$tmp/got-txt.tsv" | sort
echo "JSON Lines with URLs:"
awk -v list="$list" -v only="$only" -f eval/dates_score.awk "$answers" "$tmp/got-jsonl.tsv" | sort
