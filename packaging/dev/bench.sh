#!/usr/bin/env bash
# First paint and memory of kenpos-kiosk beside the stack's floor and Chromium (issue 16).
#   bash packaging/dev/bench.sh [--runs N] [--with-chromium]
# Builds the release binary and examples/floor.rs (an empty iced window), then, under
# Xvfb 1280x800, starts each N times, interleaved: the app on wgpu (the default) and on
# tiny-skia (embedded backend), the floor on both, and Chromium --kiosk on a one-page
# local login form (when /usr/bin/chromium is installed; --with-chromium installs it).
# Prints first paint and PSS (min / median / max) and the ratios. Not part of the test
# suite: run it on demand, on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5; chromium=no
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --with-chromium) chromium=yes; shift;;
    *) echo "bench: unknown option $1" >&2; exit 2;;
  esac
done
bash packaging/dev/deps.sh
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
dpkg-query -W -f='${Status}' python3-venv 2>/dev/null | grep -q "install ok installed" || need+=(python3-venv)
[ "$chromium" = yes ] && ! command -v chromium >/dev/null && need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
cargo build --release --bin kenpos-kiosk --example floor
venv=target/bench-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import Xlib" 2>/dev/null || "$venv/bin/pip" install -q python-xlib
ls -l target/release/kenpos-kiosk | awk '{printf "release binary (stripped): %.1f MB\n", $5/1e6}'
exec "$venv/bin/python" packaging/dev/bench.py --runs "$runs" \
  --app target/release/kenpos-kiosk --floor target/release/examples/floor \
  --page packaging/dev/bench-page.html
