#!/usr/bin/env bash
# Ingests the judged news pages of eval/judged/pages/ (each page into its own
# knowledge base, so only extraction is measured, not merging across pages),
# matches every stored event to the hand judgements of
# eval/judged/judgements.tsv by page, trigger, sentence, type and stance
# (modality/polarity), and prints
# per split (dev, test): events stored, share real, share of the real ones
# with right actors, how many stored events have no judgement yet, and how
# many events judged real (as some version stored them) are not stored now
# (lost recall, or a mention merged into another event of its page).
# A judged row whose stored actors changed since it was judged counts as
# unjudged for actors until it is judged again (its actors are part of it).
# Usage: [ANNALS=other/annals] scripts/eval-judged.sh [BUILD_DIR] [--no-build]
#          [--only dev|test] [--list] [--dump] [--misses]
#   --list    names every stored event with no judgement row (or stale actors)
#   --misses  names every judged event that is not real or has wrong actors,
#             and every event judged real (in any version) that is not stored now
#   --dump    prints a judgement row for every stored event without one
#             (judgement columns left as "?"): paste, then judge by hand
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
no_build=0
only=""
mode=score
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) no_build=1 ;;
    --only) only=$2; shift ;;
    --list) mode=list ;;
    --dump) mode=dump ;;
    --misses) mode=misses ;;
    *) build=$1 ;;
  esac
  shift
done
[ "$no_build" = 1 ] || bash scripts/build.sh "$build" Release annals >/dev/null
annals=${ANNALS:-$build/cli/annals}
dir=eval/judged
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# One knowledge base a page; the exported events of all pages in one file.
awk -F'\t' 'NR > 1 { print $1 }' "$dir/splits.tsv" | while read -r page; do
  "$annals" --db "$tmp/kb-$page" ingest "$dir/pages/$page" >/dev/null 2>&1 || true
  "$annals" --db "$tmp/kb-$page" export --format jsonl --out "$tmp/$page.jsonl" >/dev/null 2>&1 || true
  rm -rf "$tmp/kb-$page"
done

python3 - "$dir" "$tmp" "$mode" "$only" <<'PY'
import json, os, sys
root, tmp, mode, only = sys.argv[1:5]

def rows(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield dict(zip(head, line.rstrip("\n").split("\t")))

split = {r["page"]: r["split"] for r in rows(f"{root}/splits.tsv")}
# A happening can be judged more than once: one row for each set of actors
# it was stored with (code changes move actors; each set is judged by hand).
judged = {}
for r in rows(f"{root}/judgements.tsv"):
    judged.setdefault((r["page"], r["trigger"].lower(), r["sentence"], r["type"], r["stance"]), []).append(r)

def pick(candidates, e):
    for r in candidates:
        if r["actors"] == actors(e):
            return r
    return candidates[-1]

def stance(e):
    return e["modality"] + "/" + e["polarity"]

def actors(e):
    return "|".join(e["agents"]) + " / " + "|".join(e["patients"])

stats = {s: dict(stored=0, judged=0, real=0, actors_judged=0, actors_ok=0, unjudged=[], misses=[])
         for s in ("dev", "test")}
for page, s in split.items():
    if only and s != only:
        continue
    path = f"{tmp}/{page}.jsonl"
    events = [json.loads(l) for l in open(path, encoding="utf-8")] if os.path.exists(path) else []
    st = stats[s]
    st.setdefault("lost", [])
    matched = set()
    for e in events:
        st["stored"] += 1
        row = None
        for m in e["mentions"]:
            key = (page, m["trigger"].lower(), str(m["sentence_index"]), e["type"], stance(e))
            if key in judged:
                row = pick(judged[key], e)
                matched.add(key)
                break
        first = e["mentions"][0]
        where = f'{page}\t{first["trigger"]}\t{first["sentence_index"]}\t{e["type"]}\t{stance(e)}'
        if row is None:
            st["unjudged"].append(f'{where}\t?\t?\t{actors(e)}\t? | {first["sentence"]}')
            continue
        st["judged"] += 1
        real = row["real"] == "yes"
        st["real"] += real
        if not real:
            st["misses"].append(f'{where}\tnot real: {row["reason"]}')
            continue
        if row["actors"] != actors(e):
            st["unjudged"].append(f'{where}\t{row["real"]}\t?\t{actors(e)}\t? | actors not judged yet (judged before: {row["actors"]})')
            continue
        st["actors_judged"] += 1
        ok = row["actors_ok"] == "yes"
        st["actors_ok"] += ok
        if not ok:
            st["misses"].append(f'{where}\twrong actors {actors(e)}: {row["reason"]}')

    # Judged real events of this page that are no longer stored (by their
    # trigger and sentence, whatever their type now): what a change lost.
    stored = {(page, m["trigger"].lower(), str(m["sentence_index"])) for e in events for m in e["mentions"]}
    for key, versions in judged.items():
        r = versions[-1]
        if key[0] == page and r["real"] == "yes" and key not in matched and key[:3] not in stored:
            st["lost"].append(f'{page}\t{r["trigger"]}\t{r["sentence"]}\t{r["type"]}\t{r["stance"]}\tlost')

def share(a, b):
    return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"

for s in ("dev", "test"):
    if only and s != only:
        continue
    st = stats[s]
    if mode == "score":
        print(f'{s}: {st["stored"]} events stored, real {share(st["real"], st["judged"])}, '
              f'right actors among real {share(st["actors_ok"], st["actors_judged"])}, '
              f'unjudged {len(st["unjudged"])}, judged real events not stored {len(st["lost"])}')
    elif mode in ("list", "dump"):
        for u in st["unjudged"]:
            print(u if mode == "dump" else f"{s}\tunjudged\t{u}")
    elif mode == "misses":
        for m in st["misses"] + st["lost"]:
            print(f"{s}\t{m}")
if mode == "score" and any(stats[s]["unjudged"] for s in stats):
    print("some stored events have no judgement: --list names them, --dump prints rows to judge")
PY
