#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -DANNALS_FUZZ=ON, in build-fuzz/) and
# runs each for SECONDS on a copy of its checked-in seed corpus:
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default 60 s, every target)
# Prints, per target, how long it ran and whether it found a crash; a crash
# leaves its input as build-fuzz/findings/TARGET/crash-* and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(document_fuzz timeml_fuzz query_fuzz import_csv_fuzz)
# The newest clang there is: the sources need C++20's lambdas capturing
# structured bindings, which clang has from 16 (Debian 12: clang-16 and
# libclang-rt-16-dev, whose libFuzzer the targets link).
cxx=
for c in clang++-19 clang++-18 clang++-17 clang++-16 clang++; do
  if command -v "$c" >/dev/null; then cxx=$c; break; fi
done
[ -n "$cxx" ] || { echo "annals: error: fuzzing needs clang++ 16 or later (apt-get install clang-16 libclang-rt-16-dev)" >&2; exit 2; }

dir=build-fuzz
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$dir/CMakeCache.txt" ]; then
  cmake -S . -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DANNALS_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"

status=0
for t in "${targets[@]}"; do
  corpus=$dir/corpus/$t findings=$dir/findings/$t
  mkdir -p "$corpus" "$findings"
  cp -n fuzz/corpus/"${t%_fuzz}"/* "$corpus"/ 2>/dev/null || true
  start=$(date +%s)
  set +e
  "$dir/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" >"$findings/log.txt" 2>&1
  rc=$?
  set -e
  ran=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$findings/log.txt" | grep -o '[0-9]*$' || true)
  if [ $rc -eq 0 ]; then
    echo "$t: ran ${ran}s, ${execs:-?} inputs, no crash"
  else
    echo "$t: CRASH after ${ran}s (exit $rc): see $findings/log.txt and $findings/crash-*"
    status=1
  fi
done
exit $status
