#!/usr/bin/env bash
# Installs the Debian packages crosscheck needs, only those missing (idempotent; sudo when not root).
# Usage: scripts/deps.sh [--test|--bench]   (--test adds what the tests need: a headless browser;
#        --bench what bench/run needs: ripgrep for the floor, GNU time)
set -euo pipefail
pkgs=(g++ cmake ninja-build pkg-config ccache libboost-graph-dev rapidjson-dev libspdlog-dev catch2
      libicu-dev libcli11-dev libcld2-dev libgumbo-dev libmimalloc-dev python3)
if [[ "${1:-}" == "--test" ]]; then pkgs+=(chromium); fi
if [[ "${1:-}" == "--bench" ]]; then pkgs+=(ripgrep time); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
