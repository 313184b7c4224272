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

step "prometheus_client for the OpenMetrics export check"
bash packaging/dev/openmetrics-venv.sh

step "cargo test"
# UI tests render headless with tiny-skia; pin it so no GPU or display is ever used.
export ICED_TEST_BACKEND=tiny-skia
cargo test --workspace --locked

step "real window, with cargo clippy and .ci/schemathesis.sh beside it"
# The real window spends most of its time waiting for pictures to settle, schemathesis
# installing its venv and waiting on the reference server: clippy's build (its own
# target directory, so neither waits on the other's lock; at the lowest priority, so the
# walks' frames are not late) fills those waits. On 2 cores the three together take
# about as long as the real window alone. Their output is shown when they are done.
cargo build --quiet --locked --example window_tour --bin kenpos-kiosk
# If a step fails, what still runs beside it stops with the script.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
CARGO_TARGET_DIR=target/clippy nice -n 19 \
  cargo clippy --workspace --all-targets --locked -- -D warnings > target/clippy.log 2>&1 &
clippy=$!
bash .ci/schemathesis.sh > target/schemathesis.log 2>&1 &
schemathesis=$!
# What a member sees: both paths in a real X window on both renderers.
bash packaging/dev/real-window.sh
if ! wait "$clippy"; then
  cat target/clippy.log
  echo "test: cargo clippy failed"
  exit 1
fi
step "cargo clippy (ran beside the real window)"
tail -n 3 target/clippy.log
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
