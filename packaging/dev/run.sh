#!/usr/bin/env bash
# Runs kenpos-kiosk against the embedded reference backend (demo data), in a window.
# Installs what it needs first. Extra arguments go to the app, e.g. --lang en.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/deps.sh
exec cargo run --bin kenpos-kiosk -- --windowed "$@"
