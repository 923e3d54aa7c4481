#!/usr/bin/env bash
# Installs the Debian 12 packages annals builds and runs with, only those
# missing. Idempotent; runs apt as root or through sudo.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  librocksdb-dev libboost1.81-dev libboost-json1.81-dev libboost-graph1.81-dev
  catch2 libcli11-dev libedit-dev libgumbo-dev libicu-dev libsqlite3-dev
  graphviz
  wordnet-base libcld2-dev
  libjemalloc-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "annals: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "annals: error: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
