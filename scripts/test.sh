#!/usr/bin/env bash
# Builds annals with its tests and runs every test (CTest over Catch2).
# BUILD_TYPE=Asan scripts/test.sh runs them under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
type=${BUILD_TYPE:-Debug}
dir=build-test-$(echo "$type" | tr '[:upper:]' '[:lower:]')
bash scripts/build.sh "$dir" "$type"
ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --timeout 600
