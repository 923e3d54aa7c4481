#!/usr/bin/env bash
# Query engine benchmark against SQLite and DuckDB (recursive CTEs) on the same
# data in the same run: transitive closure of chains (1k/2k/4k), reachability
# from nodes 0..99 on a random DAG (100k nodes, 300k edges), same actor on the
# same day over 1M events. Median of RUNS (default 3) query times (wall-clock
# and CPU, user + system, all threads), the largest peak RSS of the runs, and a
# check that the three engines count the same rows.
# annals loads the CSV with `.import`, as analysts do; query_bench writes it.
# Usage: scripts/bench-query.sh [RUNS]   (build dir: $ANNALS_BENCH_BUILD, default
# build-release; ANNALS_BENCH_NO_BUILD=1 uses the binary already there)
# Needs sqlite3 (apt-get install sqlite3) and node/npm: DuckDB (@duckdb/node-api)
# is installed into bench/duckdb by npm from its package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
build=${ANNALS_BENCH_BUILD:-build-release}
[ -n "${ANNALS_BENCH_NO_BUILD:-}" ] || bash scripts/build.sh "$build" Release query_bench >&2
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "node and npm are needed for DuckDB (apt-get install nodejs npm)" >&2; exit 1; }
[ -d bench/duckdb/node_modules/@duckdb/node-api ] ||
  npm ci --prefix bench/duckdb --no-audit --no-fund --silent >&2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
max() { sort -g | tail -1; }

# The CSV query_bench wrote for a workload, its columns, and the query.
csv_of() { case "$1" in chain*) echo "$tmp/chain.csv" ;; dag*) echo "$tmp/dag.csv" ;; *) echo "$tmp/events.csv" ;; esac; }
table_of() { case "$1" in sameday*) echo ev ;; *) echo edge ;; esac; }
columns_of() { case "$1" in sameday*) echo "e d a" ;; *) echo "s d" ;; esac; }
query_of() {
  case "$1" in
    chain*) echo "WITH RECURSIVE path(s, d) AS (SELECT s, d FROM edge UNION SELECT p.s, e.d FROM path p JOIN edge e ON p.d = e.s) SELECT count(*) FROM path;" ;;
    dag*) echo "WITH RECURSIVE reach(x) AS (SELECT DISTINCT s FROM edge WHERE s < 100 UNION SELECT e.d FROM reach r JOIN edge e ON e.s = r.x) SELECT count(*) FROM reach;" ;;
    sameday*) echo "SELECT count(*) FROM ev e1 JOIN ev e2 ON e1.d = e2.d AND e1.a = e2.a AND e1.e < e2.e;" ;;
  esac
}
index_of() { case "$1" in sameday*) echo "CREATE INDEX ev_da ON ev(d, a);" ;; *) echo "CREATE INDEX edge_s ON edge(s);" ;; esac; }

sqlite_sql() {
  local cols="" c
  for c in $(columns_of "$1"); do cols+="${cols:+, }$c INTEGER"; done
  echo "CREATE TABLE $(table_of "$1")($cols);
.import --csv $(csv_of "$1") $(table_of "$1")
$(index_of "$1")
.timer on
$(query_of "$1")"
}
duckdb_load() {
  local spec="" c
  for c in $(columns_of "$1"); do spec+="${spec:+, }'$c': 'BIGINT'"; done
  echo "CREATE TABLE $(table_of "$1") AS SELECT * FROM read_csv('$(csv_of "$1")', header = false, columns = {$spec});"
}

printf "%-10s %8s |%-22s|%-22s|%-22s| %s\n" "" "" "        annals" "        sqlite" "        duckdb" ""
printf "%-10s %8s |%7s %7s %6s |%7s %7s %6s |%7s %7s %6s | %s\n" workload rows \
  wall_s cpu_s MB wall_s cpu_s MB wall_s cpu_s MB check
bench() {
  local name=$1; shift
  local a_t=() a_c=() a_m=() s_t=() s_c=() s_m=() d_t=() d_c=() d_m=() rows srows drows check=ok
  local qs qc ds dc
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%M" -o "$tmp/rss" "$build"/bench/query_bench "$@" "$tmp" > "$tmp/out"
    read -r _ rows _ qs qc < "$tmp/out"
    a_t+=("$qs"); a_c+=("$qc"); a_m+=("$(cat "$tmp/rss")")

    rm -f "$tmp/db.sqlite"
    sqlite_sql "$name" | /usr/bin/time -f "%M" -o "$tmp/rss" sqlite3 "$tmp/db.sqlite" > "$tmp/sout"
    srows=$(grep -v '^Run Time' "$tmp/sout" | tail -1)
    # "Run Time: real R user U sys S"
    s_t+=("$(grep '^Run Time' "$tmp/sout" | tail -1 | awk '{print $4}')")
    s_c+=("$(grep '^Run Time' "$tmp/sout" | tail -1 | awk '{printf "%.3f", $6 + $8}')")
    s_m+=("$(cat "$tmp/rss")")
    rm -f "$tmp/db.sqlite"

    /usr/bin/time -f "%M" -o "$tmp/rss" node bench/duckdb/bench.mjs "$(duckdb_load "$name")" \
      "$(query_of "$name")" > "$tmp/dout"
    read -r drows ds dc < "$tmp/dout"
    d_t+=("$ds"); d_c+=("$dc"); d_m+=("$(cat "$tmp/rss")")
    [ "$rows" = "$srows" ] && [ "$rows" = "$drows" ] || check="MISMATCH($rows/$srows/$drows)"
  done
  med() { printf '%s\n' "$@" | median; }
  mb() { echo $(($(printf '%s\n' "$@" | max) / 1024)); }
  printf "%-10s %8s |%7s %7s %6s |%7s %7s %6s |%7s %7s %6s | %s\n" "$name" "$rows" \
    "$(med "${a_t[@]}")" "$(med "${a_c[@]}")" "$(mb "${a_m[@]}")" \
    "$(med "${s_t[@]}")" "$(med "${s_c[@]}")" "$(mb "${s_m[@]}")" \
    "$(med "${d_t[@]}")" "$(med "${d_c[@]}")" "$(mb "${d_m[@]}")" "$check"
}

for n in 1000 2000 4000; do bench "chain${n}" chain "$n"; done
bench dag100k dag 100000 300000
bench sameday1M sameday 1000000
echo "wall_s, cpu_s: medians of the query alone, after loading (annals: .import; sqlite:"
echo ".import and index build; duckdb: read_csv into a table); cpu_s is user + system time"
echo "of all threads. MB: largest peak RSS of the whole process over the runs, loading"
echo "included (duckdb: node + DuckDB). $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
