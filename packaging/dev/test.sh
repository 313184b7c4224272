#!/usr/bin/env bash
# Runs the whole test suite: formatting, lints, every test (headless: no display needed),
# and the packaging checks. Installs what it needs first. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
# One full build, no incremental cache: faster from clean and far less disk.
export CARGO_INCREMENTAL=0
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

step "system packages"
bash packaging/dev/deps.sh --test

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "prometheus_client for the OpenMetrics export check"
bash packaging/dev/openmetrics-venv.sh

step "cargo test"
# UI tests render headless with tiny-skia; pin it so no GPU or display is ever used.
export ICED_TEST_BACKEND=tiny-skia
cargo test --workspace --locked

step "real window, and .ci/schemathesis.sh beside it"
# schemathesis spends most of its minute installing its venv and waiting on the reference
# server, the real window most of its time waiting for pictures to settle: together they
# take about as long as the real window alone. Its output is shown when it is done.
bash .ci/schemathesis.sh > target/schemathesis.log 2>&1 &
schemathesis=$!
# What a member sees: both paths in a real X window on both renderers.
bash packaging/dev/real-window.sh
if ! wait "$schemathesis"; then
  cat target/schemathesis.log
  echo "test: .ci/schemathesis.sh failed"
  exit 1
fi
step ".ci/schemathesis.sh (ran beside the real window)"
tail -n 30 target/schemathesis.log

# The package checks use the debug binary `cargo test` built: a release build alone takes
# ~15 min on 2 cores. `bash packaging/linux/test-deb.sh` (no arguments) checks the release.
step "packaging/linux/test-deb.sh (debug binary)"
bash packaging/linux/test-deb.sh --profile dev --no-build --strip --fast

for extra in packaging/windows/validate.sh packaging/macos/validate.sh; do
  if [ -f "$extra" ]; then
    step "$extra"
    bash "$extra"
  fi
done

step "all checks passed"
