#!/usr/bin/env bash
# The main job on the bundled samples: build, ingest samples/articles into
# ./annals.db, run samples/queries/tour.dl, export the timeline as DOT and SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build Release annals
annals=build/cli/annals
export ANNALS_DB=${ANNALS_DB:-$PWD/annals.db}

echo "== ingest samples/articles into $ANNALS_DB"
"$annals" ingest samples/articles
echo "== run samples/queries/tour.dl"
"$annals" run samples/queries/tour.dl
echo "== export the timeline"
"$annals" export --format dot --out timeline.dot
"$annals" export --format svg --out timeline.svg
echo "timeline written to $PWD/timeline.dot and $PWD/timeline.svg"
