#!/usr/bin/env bash
# Query engine benchmark against SQLite and DuckDB (recursive CTEs) on the same
# data in the same run:
#   chain1000/2000/4000  transitive closure of a chain
#   dag100k              nodes reachable from 0..99 on a random DAG (100k nodes, 300k edges)
#   dagpairs100k         (source, node) pairs reachable from 0..99 on the same DAG
#   dagfrom5             ?- reach(5, Y) over the closure rule on the same DAG: demand-driven
#                        (SQL states the start node in its CTE)
#   sameday1M            same actor on the same day over 1M events
#   OL cal TG gnutella09 cti facebook wikivote
#                        transitive closure of the seven real graphs of ../shared/graphs
#                        (skipped when absent), counts checked against the published sizes
# Median of RUNS (default 3) query times (wall-clock and CPU, user + system, all
# threads), the largest peak RSS of the runs, and a check that the three engines
# count the same rows (and, for the real graphs, the published closure size).
# annals loads the data with `.import`, as analysts do; query_bench writes it.
# DuckDB runs on $ANNALS_BENCH_DUCKDB_THREADS threads (default 1).
# Usage: scripts/bench-query.sh [RUNS] [WORKLOAD...]   (default: every workload;
# `synthetic` and `graphs` name the two groups. Build dir: $ANNALS_BENCH_BUILD,
# default build-release; ANNALS_BENCH_NO_BUILD=1 uses the binary already there)
# Needs sqlite3 (apt-get install sqlite3) and node/npm: DuckDB (@duckdb/node-api)
# is installed into bench/duckdb by npm from its package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
build=${ANNALS_BENCH_BUILD:-build-release}
duckdb_threads=${ANNALS_BENCH_DUCKDB_THREADS:-1}
graphs_dir=../shared/graphs
[ -n "${ANNALS_BENCH_NO_BUILD:-}" ] || bash scripts/build.sh "$build" Release query_bench >&2
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "node and npm are needed for DuckDB (apt-get install nodejs npm)" >&2; exit 1; }
[ -d bench/duckdb/node_modules/@duckdb/node-api ] ||
  npm ci --prefix bench/duckdb --no-audit --no-fund --silent >&2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
max() { sort -g | tail -1; }

# The real graphs: name, file, published transitive-closure size (SOURCE.md there).
graph_file() {
  case "$1" in
    OL) echo data_7035.txt ;; cal) echo data_21693.txt ;; TG) echo data_23874.txt ;;
    gnutella09) echo data_26013.txt ;; cti) echo data_48232.txt ;;
    facebook) echo data_88234.txt ;; wikivote) echo data_103689.txt ;;
  esac
}
published_of() {
  case "$1" in
    OL) echo 146120 ;; cal) echo 501755 ;; TG) echo 481121 ;; gnutella09) echo 21402960 ;;
    cti) echo 6859653 ;; facebook) echo 2508102 ;; wikivote) echo 11947132 ;;
  esac
}
is_graph() { [ -n "$(graph_file "$1")" ]; }

# The data file of a workload, its columns, and the query.
csv_of() {
  if is_graph "$1"; then echo "$graphs_dir/$(graph_file "$1")"; return; fi
  case "$1" in chain*) echo "$tmp/chain.csv" ;; dag*) echo "$tmp/dag.csv" ;; *) echo "$tmp/events.csv" ;; esac
}
delimiter_of() { if is_graph "$1"; then printf '\t'; else printf ','; fi; }
table_of() { case "$1" in sameday*) echo ev ;; *) echo edge ;; esac; }
columns_of() { case "$1" in sameday*) echo "e d a" ;; *) echo "s d" ;; esac; }
closure_sql="WITH RECURSIVE path(s, d) AS (SELECT s, d FROM edge UNION SELECT p.s, e.d FROM path p JOIN edge e ON p.d = e.s) SELECT count(*) FROM path;"
query_of() {
  if is_graph "$1"; then echo "$closure_sql"; return; fi
  case "$1" in
    chain*) echo "$closure_sql" ;;
    dagfrom5) echo "WITH RECURSIVE reach(d) AS (SELECT d FROM edge WHERE s = 5 UNION SELECT e.d FROM reach r JOIN edge e ON e.s = r.d) SELECT count(*) FROM reach;" ;;
    dagpairs*) echo "WITH RECURSIVE reach(s, d) AS (SELECT s, d FROM edge WHERE s < 100 UNION SELECT r.s, e.d FROM reach r JOIN edge e ON e.s = r.d) SELECT count(*) FROM reach;" ;;
    dag*) echo "WITH RECURSIVE reach(x) AS (SELECT DISTINCT s FROM edge WHERE s < 100 UNION SELECT e.d FROM reach r JOIN edge e ON e.s = r.x) SELECT count(*) FROM reach;" ;;
    sameday*) echo "SELECT count(*) FROM ev e1 JOIN ev e2 ON e1.d = e2.d AND e1.a = e2.a AND e1.e < e2.e;" ;;
  esac
}
index_of() { case "$1" in sameday*) echo "CREATE INDEX ev_da ON ev(d, a);" ;; *) echo "CREATE INDEX edge_s ON edge(s);" ;; esac; }
# query_bench's arguments for a workload (it writes synthetic data into $tmp).
annals_args() {
  if is_graph "$1"; then echo "closure $(csv_of "$1")"; return; fi
  case "$1" in
    chain*) echo "chain ${1#chain} $tmp" ;;
    dagpairs100k) echo "dagpairs 100000 300000 $tmp" ;;
    dagfrom5) echo "dagfrom 100000 300000 $tmp" ;;
    dag100k) echo "dag 100000 300000 $tmp" ;;
    sameday1M) echo "sameday 1000000 $tmp" ;;
  esac
}

sqlite_sql() {
  local cols="" c mode=csv
  is_graph "$1" && mode=tabs
  for c in $(columns_of "$1"); do cols+="${cols:+, }$c INTEGER"; done
  echo "CREATE TABLE $(table_of "$1")($cols);
.mode $mode
.import $(csv_of "$1") $(table_of "$1")
.mode list
$(index_of "$1")
.timer on
$(query_of "$1")"
}
duckdb_load() {
  local spec="" c
  for c in $(columns_of "$1"); do spec+="${spec:+, }'$c': 'BIGINT'"; done
  echo "SET threads = $duckdb_threads; CREATE TABLE $(table_of "$1") AS SELECT * FROM read_csv('$(csv_of "$1")', header = false, delim = '$(delimiter_of "$1")', columns = {$spec});"
}

printf "%-13s %9s |%-22s|%-22s|%-22s| %s\n" "" "" "        annals" "        sqlite" \
  "   duckdb ($duckdb_threads thread)" ""
printf "%-13s %9s |%7s %7s %6s |%7s %7s %6s |%7s %7s %6s | %s\n" workload rows \
  wall_s cpu_s MB wall_s cpu_s MB wall_s cpu_s MB check
bench() {
  local name=$1
  local a_t=() a_c=() a_m=() s_t=() s_c=() s_m=() d_t=() d_c=() d_m=() rows srows drows check=ok
  local qs qc ds dc published
  published=$(published_of "$name")
  for ((r = 0; r < runs; r++)); do
    # shellcheck disable=SC2046 # the arguments are words
    /usr/bin/time -f "%M" -o "$tmp/rss" "$build"/bench/query_bench $(annals_args "$name") > "$tmp/out"
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
    [ -z "$published" ] || [ "$rows" = "$published" ] || check="NOT-PUBLISHED($rows/$published)"
  done
  [ -z "$published" ] || [ "$check" != ok ] || check="ok, = published"
  med() { printf '%s\n' "$@" | median; }
  mb() { echo $(($(printf '%s\n' "$@" | max) / 1024)); }
  printf "%-13s %9s |%7s %7s %6s |%7s %7s %6s |%7s %7s %6s | %s\n" "$name" "$rows" \
    "$(med "${a_t[@]}")" "$(med "${a_c[@]}")" "$(mb "${a_m[@]}")" \
    "$(med "${s_t[@]}")" "$(med "${s_c[@]}")" "$(mb "${s_m[@]}")" \
    "$(med "${d_t[@]}")" "$(med "${d_c[@]}")" "$(mb "${d_m[@]}")" "$check"
}

synthetic=(chain1000 chain2000 chain4000 dag100k dagpairs100k dagfrom5 sameday1M)
graphs=(OL cal TG gnutella09 cti facebook wikivote)
selected=()
if [ $# -eq 0 ]; then
  selected=("${synthetic[@]}" "${graphs[@]}")
else
  for w in "$@"; do
    case "$w" in
      synthetic) selected+=("${synthetic[@]}") ;;
      graphs) selected+=("${graphs[@]}") ;;
      *) selected+=("$w") ;;
    esac
  done
fi
for name in "${selected[@]}"; do
  if [ -z "$(annals_args "$name")" ]; then echo "unknown workload $name" >&2; exit 2; fi
  if is_graph "$name" && [ ! -f "$(csv_of "$name")" ]; then
    echo "$name: skipped ($graphs_dir is absent)" >&2
    continue
  fi
  bench "$name"
done
echo "wall_s, cpu_s: medians of the query alone, after loading (annals: .import; sqlite:"
echo ".import and index build; duckdb: read_csv into a table); cpu_s is user + system time"
echo "of all threads. MB: largest peak RSS of the whole process over the runs, loading"
echo "included (duckdb: node + DuckDB). $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
