#!/usr/bin/env bash
# Query engine benchmark against SQLite on the same data in the same run:
# transitive closure of chains (1k/2k/4k), reachability from nodes 0..99 on a
# random DAG (100k nodes, 300k edges), same actor on the same day over 1M
# events. Median of RUNS (default 3) wall-clock times, peak RSS, and a check
# that both engines count the same rows.
# Usage: scripts/bench-query.sh [RUNS]   (build dir: $ANNALS_BENCH_BUILD, default
# build-release; ANNALS_BENCH_NO_BUILD=1 uses the binary already there)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
build=${ANNALS_BENCH_BUILD:-build-release}
[ -n "${ANNALS_BENCH_NO_BUILD:-}" ] || bash scripts/build.sh "$build" Release query_bench
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

# SQLite: import the CSV the annals run wrote, then the equivalent query.
sqlite_sql() {
  case "$1" in
    chain*) echo "CREATE TABLE edge(s INTEGER, d INTEGER);
.import --csv $tmp/chain.csv edge
CREATE INDEX edge_s ON edge(s);
.timer on
WITH RECURSIVE path(s, d) AS (SELECT s, d FROM edge UNION SELECT p.s, e.d FROM path p JOIN edge e ON p.d = e.s) SELECT count(*) FROM path;" ;;
    dag*) echo "CREATE TABLE edge(s INTEGER, d INTEGER);
.import --csv $tmp/dag.csv edge
CREATE INDEX edge_s ON edge(s);
.timer on
WITH RECURSIVE reach(x) AS (SELECT DISTINCT s FROM edge WHERE s < 100 UNION SELECT e.d FROM reach r JOIN edge e ON e.s = r.x) SELECT count(*) FROM reach;" ;;
    sameday*) echo "CREATE TABLE ev(e INTEGER, d INTEGER, a INTEGER);
.import --csv $tmp/events.csv ev
CREATE INDEX ev_da ON ev(d, a);
.timer on
SELECT count(*) FROM ev e1 JOIN ev e2 ON e1.d = e2.d AND e1.a = e2.a AND e1.e < e2.e;" ;;
  esac
}

printf "%-16s %10s %12s %10s %12s %10s %12s %s\n" workload rows "annals q s" "annals MB" "sqlite s" "sqlite MB" "sqlite rows" check
bench() {
  local name=$1; shift
  local a_times=() s_times=() a_rss=0 s_rss=0 rows="" srows=""
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%M" -o "$tmp/rss" "$build"/bench/query_bench "$@" "$tmp" > "$tmp/out"
    read -r _ rows _ qs < "$tmp/out"
    a_times+=("$qs"); a_rss=$(cat "$tmp/rss")
    rm -f "$tmp/db.sqlite"
    sqlite_sql "$name" | /usr/bin/time -f "%M" -o "$tmp/srss" sqlite3 "$tmp/db.sqlite" > "$tmp/sout"
    srows=$(grep -v '^Run Time' "$tmp/sout" | tail -1)
    s_times+=("$(grep '^Run Time' "$tmp/sout" | tail -1 | awk '{print $4}')"); s_rss=$(cat "$tmp/srss")
  done
  local check=ok; [ "$rows" = "$srows" ] || check="MISMATCH"
  printf "%-16s %10s %12s %10d %12s %10d %12s %s\n" "$name" "$rows" \
    "$(printf '%s\n' "${a_times[@]}" | median)" $((a_rss / 1024)) \
    "$(printf '%s\n' "${s_times[@]}" | median)" $((s_rss / 1024)) "$srows" "$check"
}

for n in 1000 2000 4000; do bench "chain$n" chain "$n"; done
bench dag100k dag 100000 300000
bench sameday1M sameday 1000000
echo "seconds: the query alone, after loading (annals: .import; sqlite: .import and index build)."
echo "MB: peak RSS of the whole process, loading included."
