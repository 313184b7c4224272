#!/usr/bin/env bash
# Makes target/openmetrics-venv with prometheus_client, whose OpenMetrics parser
# tests/funnel.rs runs on `kenpos-kiosk stats --format openmetrics` (via
# packaging/dev/check_openmetrics.py). Quick when it exists already.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=target/openmetrics-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import prometheus_client' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "prometheus_client>=0.20,<1"
fi
echo "openmetrics-venv: $("$VENV/bin/python" -c 'import prometheus_client, sys; print(sys.executable)')"
